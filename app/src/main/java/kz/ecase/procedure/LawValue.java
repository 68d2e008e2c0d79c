package kz.ecase.procedure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

/**
 * One value the law fixes (a term, a limit, an amount), as it stood during a period: the value in
 * force on the date of a fact is the one to apply, whatever the law says today.
 *
 * @param key what it is, {@code <module>.<name>} (e.g. {@code investigations.detention.minor})
 * @param validFrom the first day it applies to
 * @param validUntil the last day it applies to, or {@code null} while in force
 * @param value the value as written (an ISO-8601 duration {@code PT48H}, a period {@code P2M}, a
 *     number), unconfirmed when it could not be checked against the law's text
 * @param source where it comes from (the article of the Code, the law and its date)
 */
public record LawValue(
    String key, LocalDate validFrom, LocalDate validUntil, Sourced<String> value, String source) {

  public LawValue {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a law value needs its key");
    }
    if (validFrom == null) {
      throw new IllegalArgumentException(key + " needs the day it applies from");
    }
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(key + " ends before it begins");
    }
    if (value == null || value.value() == null) {
      throw new IllegalArgumentException(key + " has no value");
    }
  }

  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil));
  }

  public boolean confirmed() {
    return value.confirmed();
  }

  /** A term counted in hours or minutes ({@code PT24H}). */
  public Duration duration() {
    return Duration.parse(value.value());
  }

  /** A term counted in days, months or years ({@code P10D}, {@code P2M}). */
  public Period period() {
    return Period.parse(value.value());
  }

  public long number() {
    return Long.parseLong(value.value());
  }
}
