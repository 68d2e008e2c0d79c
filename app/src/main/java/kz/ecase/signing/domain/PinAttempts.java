package kz.ecase.signing.domain;

import java.time.Instant;

/**
 * Wrong signing PINs in a row for one key. The limit'th wrong PIN locks the key for good: a locked
 * key stays locked even for the right PIN, until an administrator revokes its certificate and the
 * user sets a new PIN (and gets a new certificate). The right PIN clears the count.
 *
 * @param lockedAt when the key was locked; null while it is not
 */
public record PinAttempts(int failures, Instant lockedAt) {

  /** Wrong PINs in a row that lock a key. */
  public static final int DEFAULT_LIMIT = 5;

  public static final PinAttempts CLEAR = new PinAttempts(0, null);

  public PinAttempts {
    if (failures < 0) {
      throw new IllegalArgumentException("failures >= 0");
    }
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public PinAttempts afterFailure(Instant now, int limit) {
    int count = failures + 1;
    return new PinAttempts(count, lockedAt != null ? lockedAt : count >= limit ? now : null);
  }

  /** Wrong PINs left before the key locks. */
  public int attemptsLeft(int limit) {
    return isLocked() ? 0 : Math.max(0, limit - failures);
  }
}
