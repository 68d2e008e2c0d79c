package kz.ecase.notifications.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * What happens to an outbox message after a send: accepted → SENT; refused for good (the gateway
 * says the request is wrong) → FAILED; otherwise retried after {@code firstRetry × 2^(attempts−1)}
 * (1 s, 2 s, 4 s …) until {@code maxAttempts} attempts were made, then FAILED.
 */
public record SmsRetryPolicy(Duration firstRetry, int maxAttempts) {

  public SmsRetryPolicy {
    if (firstRetry.isNegative() || firstRetry.isZero() || maxAttempts < 1) {
      throw new IllegalArgumentException("Retries need a positive delay and at least one attempt");
    }
  }

  /** The outbox states of a message. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  /** The state after an attempt that did not succeed; {@code retryAt} is null unless PENDING. */
  public record AfterFailure(Status status, Instant retryAt) {}

  /**
   * @param attempts how many attempts were made, this one included
   * @param permanent the gateway refused the message itself (retrying cannot help)
   */
  public AfterFailure afterFailure(int attempts, boolean permanent, Instant now) {
    if (permanent || attempts >= maxAttempts) {
      return new AfterFailure(Status.FAILED, null);
    }
    return new AfterFailure(Status.PENDING, now.plus(delay(attempts)));
  }

  /** The wait after the given number of failed attempts: first, twice that, four times… */
  public Duration delay(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    return firstRetry.multipliedBy(1L << doublings);
  }
}
