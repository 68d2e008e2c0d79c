package kz.ecase.offences.enforcement;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;

/**
 * When a referral AIS BEP did not acknowledge is sent again: {@code firstRetry} after the first
 * failed attempt, doubling after each further one, never more than {@code maxRetry} apart. There is
 * no last attempt: materials of an unpaid fine are never given up silently, they stay visible as
 * failing until AIS BEP acknowledges them.
 */
final class RetrySchedule {

  private final IntervalFunction intervals;

  RetrySchedule(Duration firstRetry, Duration maxRetry) {
    this.intervals = IntervalFunction.ofExponentialBackoff(firstRetry, 2.0, maxRetry);
  }

  /** The wait after {@code attempts} failed attempts (1, 2, …). */
  Duration delay(int attempts) {
    return Duration.ofMillis(intervals.apply(Math.max(attempts, 1)));
  }

  Instant nextAttempt(int attempts, Instant failedAt) {
    return failedAt.plus(delay(attempts));
  }
}
