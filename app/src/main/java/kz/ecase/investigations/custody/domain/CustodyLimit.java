package kz.ecase.investigations.custody.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The limit a clock runs against, as the law value in force on the day of restriction gave it.
 *
 * @param key the law value's key ({@code investigations.custody.detention-minor}, …)
 * @param duration how long the person may be held
 * @param confirmed whether the value was confirmed against the law's text
 * @param source the article of the Code it comes from
 */
public record CustodyLimit(String key, Duration duration, boolean confirmed, String source) {

  public CustodyLimit {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(key + ": a custody limit is a positive duration");
    }
  }

  /** When the clock runs out. */
  public Instant deadline(Instant restrictedAt) {
    return restrictedAt.plus(duration);
  }

  /** When three quarters of the limit have passed: the duty prosecutor is alerted. */
  public Instant alertAt(Instant restrictedAt) {
    return restrictedAt.plus(duration.multipliedBy(3).dividedBy(4));
  }
}
