package kz.ecase.offences.domain;

import java.util.List;
import kz.ecase.procedure.Sourced;

/**
 * An article's title in Kazakh, Russian and English, each with its confirmation status (a title
 * ecase translated itself, not the law's official wording, is unconfirmed).
 */
public record Titles(Sourced<String> kk, Sourced<String> ru, Sourced<String> en) {

  public List<Sourced<String>> all() {
    return List.of(kk, ru, en);
  }
}
