package kz.ecase.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A duration as pages say it, in the two units that matter: days and hours, or (under a day) hours
 * and minutes; e.g. how long an appeal has waited. Pages show it with the shared fragment {@code
 * web/fragments :: duration(d)}.
 */
public record ShownDuration(boolean days, long first, long second) {

  public static ShownDuration of(Duration d) {
    long minutes = d.abs().toMinutes();
    long days = minutes / (24 * 60);
    if (days > 0) {
      return new ShownDuration(true, days, (minutes / 60) % 24);
    }
    return new ShownDuration(false, minutes / 60, minutes % 60);
  }

  public static ShownDuration between(Instant from, Instant to) {
    return of(Duration.between(from, to));
  }

  /** The message key that says it: {@code duration.days} or {@code duration.hours}. */
  public String key() {
    return days ? "duration.days" : "duration.hours";
  }
}
