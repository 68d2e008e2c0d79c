package kz.ecase.cases.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A case's term as pages show it: the time left (or by how much it is overdue) in days and hours,
 * or hours and minutes in its last day, and the share of the term used for a progress bar.
 *
 * @param percentUsed of the term, 0 to 100
 * @param late three quarters of the term are used (the alert was raised): highlight it
 */
record TermLeft(Span span, boolean overdue, int percentUsed, boolean late, long secondsLeft) {

  static TermLeft of(Instant openedAt, Instant deadline, Instant now) {
    Duration whole = Duration.between(openedAt, deadline);
    Duration used = Duration.between(openedAt, now);
    Duration left = Duration.between(now, deadline);
    int percent =
        whole.isZero() || whole.isNegative()
            ? 100
            : (int) Math.max(0, Math.min(100, used.toSeconds() * 100 / whole.toSeconds()));
    boolean overdue = !now.isBefore(deadline);
    return new TermLeft(
        Span.of(left.abs()), overdue, percent, overdue || percent >= 75, left.toSeconds());
  }

  /**
   * A duration in the two units that matter: days and hours, or (under a day) hours and minutes.
   */
  record Span(boolean days, long first, long second) {

    static Span of(Duration d) {
      long minutes = d.toMinutes();
      long days = minutes / (24 * 60);
      if (days > 0) {
        return new Span(true, days, (minutes / 60) % 24);
      }
      return new Span(false, minutes / 60, minutes % 60);
    }

    static Span between(Instant from, Instant to) {
      return of(Duration.between(from, to).abs());
    }

    /** The message key that says it: {@code cases.span.days} or {@code cases.span.hours}. */
    public String key() {
      return days ? "cases.span.days" : "cases.span.hours";
    }
  }
}
