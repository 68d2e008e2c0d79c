package kz.ecase.notifications.sms;

import java.time.Duration;
import java.time.Instant;
import kz.ecase.procedure.RetryPolicy;

/**
 * What happens to an outbox message after a send: accepted → SENT; refused for good (the gateway
 * says the request is wrong) → FAILED; otherwise retried after {@code firstRetry × 2^(attempts−1)}
 * (1 s, 2 s, 4 s …) until {@code maxAttempts} attempts were made, then FAILED: the procedure
 * kernel's {@link RetryPolicy} with the SMS settings.
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

  /** The kernel's back-off with this policy's figures. */
  private RetryPolicy backoff() {
    return RetryPolicy.doubling(firstRetry, maxAttempts);
  }

  /**
   * @param attempts how many attempts were made, this one included
   * @param permanent the gateway refused the message itself (retrying cannot help)
   */
  public AfterFailure afterFailure(int attempts, boolean permanent, Instant now) {
    return backoff()
        .retryAt(attempts, permanent, now)
        .map(at -> new AfterFailure(Status.PENDING, at))
        .orElseGet(() -> new AfterFailure(Status.FAILED, null));
  }

  /** The wait after the given number of failed attempts: first, twice that, four times… */
  public Duration delay(int attempts) {
    return backoff().delay(attempts);
  }
}
