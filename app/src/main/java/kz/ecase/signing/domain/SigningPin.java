package kz.ecase.signing.domain;

/**
 * A signing PIN: 6 to 12 digits, chosen by the user, separate from the login password. It opens the
 * user's signing key, so it never leaves the request that uses it (no {@code toString}).
 */
public final class SigningPin {

  public static final int MIN_DIGITS = 6;
  public static final int MAX_DIGITS = 12;

  private final char[] digits;

  private SigningPin(char[] digits) {
    this.digits = digits;
  }

  public static SigningPin of(String value) {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "A signing PIN has " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
    }
    return new SigningPin(value.toCharArray());
  }

  public static boolean isWellFormed(String value) {
    return value != null && value.matches("[0-9]{" + MIN_DIGITS + "," + MAX_DIGITS + "}");
  }

  /** The PIN as the password of the PKCS#12 that holds the key. */
  public char[] password() {
    return digits.clone();
  }

  @Override
  public String toString() {
    return "SigningPin[******]";
  }
}
