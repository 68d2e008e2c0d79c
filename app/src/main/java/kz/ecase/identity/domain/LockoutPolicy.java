package kz.ecase.identity.domain;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock a username, and for how long.
 *
 * @param maxFailures failures that lock; the next attempt is refused
 * @param lockDuration how long the lock lasts
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

  public LockoutPolicy {
    if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("A lock-out needs at least 1 failure and a duration");
    }
  }
}
