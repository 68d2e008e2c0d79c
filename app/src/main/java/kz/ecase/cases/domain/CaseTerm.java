package kz.ecase.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A case's term: it runs from the registration for the period the law gives its form, plus every
 * approved extension; alerts go out when three quarters of it have passed.
 */
public record CaseTerm(Instant openedAt, Instant deadline) {

  /**
   * @param formTerm the law's term of the case's form, in force on the day of registration
   * @param extensions the periods of approved extensions
   */
  public static CaseTerm of(
      Instant openedAt, ZoneId zone, Period formTerm, List<Period> extensions) {
    ZonedDateTime end = openedAt.atZone(zone).plus(formTerm);
    for (Period extension : extensions) {
      end = end.plus(extension);
    }
    return new CaseTerm(openedAt, end.toInstant());
  }

  /** When three quarters of the term have passed. */
  public Instant threeQuarters() {
    Duration whole = Duration.between(openedAt, deadline);
    return openedAt.plus(whole.multipliedBy(3).dividedBy(4));
  }

  /** Time left at {@code now}, negative once the term has run out. */
  public Duration left(Instant now) {
    return Duration.between(now, deadline);
  }
}
