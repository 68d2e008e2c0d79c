package kz.ecase.cases.domain;

import java.util.Locale;

/**
 * The language of the proceedings (CPC art. 23: Kazakh, or Russian on a par with it); the case's
 * documents are drawn up in it.
 */
public enum ProceedingsLanguage {
  KK,
  RU;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }
}
