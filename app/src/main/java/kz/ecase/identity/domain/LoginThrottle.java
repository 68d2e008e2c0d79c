package kz.ecase.identity.domain;

import java.time.Instant;

/**
 * Wrong passwords given for one username, known or not (so that a lock says nothing about whether
 * the account exists).
 *
 * @param failures consecutive wrong passwords since the last success or lock expiry
 * @param lockedUntil end of the current lock, or null
 */
public record LoginThrottle(int failures, Instant lockedUntil) {

  public static final LoginThrottle CLEAR = new LoginThrottle(0, null);

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** The state after one more wrong password; reaching the limit starts a lock. */
  public LoginThrottle afterFailure(Instant now, LockoutPolicy policy) {
    int counted = (lockedUntil != null && !isLocked(now)) ? 1 : failures + 1;
    if (counted >= policy.maxFailures()) {
      return new LoginThrottle(counted, now.plus(policy.lockDuration()));
    }
    return new LoginThrottle(counted, null);
  }
}
