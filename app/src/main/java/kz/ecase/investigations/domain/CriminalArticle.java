package kz.ecase.investigations.domain;

import kz.ecase.procedure.Sourced;

/**
 * One article (and part) of the Criminal Code as the catalogue holds it, each value sourced and
 * flagged when unconfirmed.
 *
 * @param article the article's number, e.g. {@code 188} or {@code 108-1}
 * @param part its part, e.g. {@code 1}
 * @param gravity its category
 * @param maxImprisonmentYears the longest imprisonment of its sanction (none for misdemeanours)
 * @param titleRu its title in Russian
 * @param titleEn its title in English
 * @param source where it was checked
 */
public record CriminalArticle(
    Sourced<String> article,
    Sourced<String> part,
    Sourced<Gravity> gravity,
    Sourced<Integer> maxImprisonmentYears,
    String titleRu,
    String titleEn,
    String source) {

  /** The code that names it in requests and records, {@code <article>-<part>} ({@code 188-1}). */
  public String code() {
    return article.value() + "-" + (part.value() == null ? "?" : part.value());
  }

  /**
   * Whether staff may qualify a report by it: its article number and part are known and the article
   * is confirmed (a row whose very number is in doubt is for administrators to settle).
   */
  public boolean offeredToStaff() {
    return article.confirmed()
        && article.value() != null
        && part.value() != null
        && gravity.value() != null;
  }

  /** Whether every value of the row was confirmed against its source. */
  public boolean confirmed() {
    return article.confirmed()
        && part.confirmed()
        && gravity.confirmed()
        && maxImprisonmentYears.confirmed();
  }

  /** How it reads in a document: "ст. 188 ч. 1 УК РК". */
  public String citationRu() {
    return "ст. " + article.value() + " ч. " + part.value() + " УК РК";
  }
}
