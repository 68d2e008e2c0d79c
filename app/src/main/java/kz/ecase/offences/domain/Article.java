package kz.ecase.offences.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.ecase.procedure.Sourced;

/**
 * One article (or part of an article) of the catalogue.
 *
 * @param code ecase's stable key for the row ({@code speeding-20-40}); it does not change when the
 *     legal number is corrected
 * @param number the article and part in the Code
 * @param titles what the offence is, in kk/ru/en
 * @param fineIndividual the fine range for individuals in MCI (none: no fine, e.g. arrest only)
 * @param fineLegalEntity the fine range for legal entities where the catalogue records one
 * @param otherPenalty other or alternative penalties, as text
 * @param onTheSpot whether the officer may decide the fine on the spot
 * @param discount whether the 50 % discount for payment within 7 working days applies
 * @param repeatCode the code of the part a repeat within a year escalates to (none: no escalation)
 * @param sources where the values come from (at least one)
 */
public record Article(
    String code,
    ArticleNumber number,
    Titles titles,
    Sourced<FineRange> fineIndividual,
    Sourced<FineRange> fineLegalEntity,
    Sourced<String> otherPenalty,
    Sourced<Boolean> onTheSpot,
    Sourced<Boolean> discount,
    Sourced<String> repeatCode,
    List<String> sources) {

  public Article {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an article needs a code");
    }
    if (sources == null || sources.isEmpty() || sources.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("article " + code + " has no source");
    }
    sources = List.copyOf(sources);
  }

  /** Whether the discount applies: only when the catalogue says so (confirmed or not). */
  public boolean discountApplies() {
    return Boolean.TRUE.equals(discount.value());
  }

  public Optional<String> escalatesTo() {
    return repeatCode.asOptional();
  }

  /** The names of the values not confirmed against the law (empty: the row is confirmed). */
  public List<String> unconfirmedValues() {
    List<String> names = new ArrayList<>();
    addIfUnconfirmed(names, "article", number.article());
    addIfUnconfirmed(names, "part", number.part());
    addIfUnconfirmed(names, "title_kk", titles.kk());
    addIfUnconfirmed(names, "title_ru", titles.ru());
    addIfUnconfirmed(names, "title_en", titles.en());
    addIfUnconfirmed(names, "fine_individual_mci", fineIndividual);
    addIfUnconfirmed(names, "fine_legal_entity_mci", fineLegalEntity);
    addIfUnconfirmed(names, "other_penalty", otherPenalty);
    addIfUnconfirmed(names, "on_the_spot", onTheSpot);
    addIfUnconfirmed(names, "discount_50", discount);
    addIfUnconfirmed(names, "repeat_code", repeatCode);
    return names;
  }

  public boolean confirmed() {
    return unconfirmedValues().isEmpty();
  }

  /**
   * Whether officers are offered this row (in their search, on a protocol): only when its article
   * number is confirmed. A row whose article is unknown or a guess stays in the catalogue for
   * administrators to check, but no protocol may cite a number that may not exist.
   */
  public boolean offered() {
    return number.article().value() != null && number.article().confirmed();
  }

  /**
   * The values an officer working in {@code language} ({@code kk}, {@code ru}, {@code en}) should
   * know are unconfirmed: as {@link #unconfirmedValues()}, without the titles in other languages
   * and the legal entities' fine (a protocol is drawn up against a person).
   */
  public List<String> unconfirmedValuesFor(String language) {
    return unconfirmedValues().stream()
        .filter(name -> !name.startsWith("title_") || name.equals("title_" + language))
        .filter(name -> !name.equals("fine_legal_entity_mci"))
        .toList();
  }

  private static void addIfUnconfirmed(List<String> names, String name, Sourced<?> value) {
    if (!value.confirmed()) {
      names.add(name);
    }
  }
}
