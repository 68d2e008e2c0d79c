package kz.ecase.procedure;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an outbox message that was not delivered is tried again: {@code firstRetry} after the first
 * failed attempt, doubling after each further one, never more than {@code maxRetry} apart; after
 * {@code maxAttempts} attempts (0: never) or a refusal that retrying cannot mend, it is given up.
 *
 * @param firstRetry the wait after the first failed attempt
 * @param maxRetry the longest wait between two attempts
 * @param maxAttempts attempts before the message is given up, or 0 to try until it is delivered
 */
public record RetryPolicy(Duration firstRetry, Duration maxRetry, int maxAttempts) {

  public RetryPolicy {
    if (firstRetry.isNegative() || firstRetry.isZero() || maxAttempts < 0) {
      throw new IllegalArgumentException("Retries need a positive delay and a number of attempts");
    }
    if (maxRetry.compareTo(firstRetry) < 0) {
      throw new IllegalArgumentException("The longest wait is shorter than the first");
    }
  }

  /** Retries doubling without a practical bound, given up after {@code maxAttempts}. */
  public static RetryPolicy doubling(Duration firstRetry, int maxAttempts) {
    return new RetryPolicy(firstRetry, Duration.ofDays(1), maxAttempts);
  }

  /** The wait after {@code attempts} failed attempts (1, 2, …): first, twice that, four times… */
  public Duration delay(int attempts) {
    return Duration.ofMillis(
        IntervalFunction.ofExponentialBackoff(firstRetry, 2.0, maxRetry)
            .apply(Math.max(attempts, 1)));
  }

  /**
   * When to try again after an attempt that failed at {@code failedAt}, or empty to give up.
   *
   * @param attempts how many attempts were made, this one included
   * @param permanent the other side refused the message itself (retrying cannot help)
   */
  public Optional<Instant> retryAt(int attempts, boolean permanent, Instant failedAt) {
    if (permanent || (maxAttempts > 0 && attempts >= maxAttempts)) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(delay(attempts)));
  }
}
