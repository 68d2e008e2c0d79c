package kz.ecase.signing;

import kz.ecase.signing.crypto.Pkcs12Keys;

/**
 * A user's signing key opened with their PIN ({@link Signatures#unlock}), to sign within the
 * transaction of the act that follows. Opening it checks the PIN (and counts a wrong one) in a
 * transaction of its own, so callers unlock first, outside their transaction: an act then holds one
 * database connection, and the opening's CPU (a PBKDF2 for a key not yet wrapped) is spent before
 * any lock is taken.
 */
public final class UnlockedKey {

  private final String username;
  private final Pkcs12Keys.Opened opened;

  UnlockedKey(String username, Pkcs12Keys.Opened opened) {
    this.username = username;
    this.opened = opened;
  }

  String username() {
    return username;
  }

  Pkcs12Keys.Opened opened() {
    return opened;
  }

  @Override
  public String toString() {
    return "UnlockedKey[" + username + "]";
  }
}
