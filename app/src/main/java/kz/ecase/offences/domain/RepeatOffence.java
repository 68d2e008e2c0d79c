package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Repeat-offence escalation: the same offence committed within one year after an earlier penalty
 * for it was executed falls under the article's repeat part (higher fine, sometimes other
 * penalties). Counting the year from the end of execution of the earlier penalty follows the Code's
 * general part as ecase understands it (to be checked, see docs/offences.md).
 */
public final class RepeatOffence {

  private RepeatOffence() {}

  /**
   * The article that applies.
   *
   * @param version the catalogue version in force on the offence date
   * @param article the article the facts fall under
   * @param earlierPenaltyExecutedOn when a penalty for the same offence was last executed, if ever
   * @param offenceDate when this offence was committed
   */
  public static Article applicable(
      CatalogueVersion version,
      Article article,
      Optional<LocalDate> earlierPenaltyExecutedOn,
      LocalDate offenceDate) {
    boolean repeat =
        earlierPenaltyExecutedOn
            .filter(executed -> !executed.isAfter(offenceDate))
            .filter(executed -> !offenceDate.isAfter(executed.plusYears(1)))
            .isPresent();
    if (!repeat) {
      return article;
    }
    return article
        .escalatesTo()
        .map(
            code ->
                version
                    .article(code)
                    .orElseThrow(() -> new IllegalStateException("no article " + code)))
        .orElse(article);
  }
}
