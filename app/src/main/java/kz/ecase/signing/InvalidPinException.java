package kz.ecase.signing;

import kz.ecase.signing.domain.SigningPin;

/** A new signing PIN that is not 6 to 12 digits. */
public class InvalidPinException extends RuntimeException {

  public InvalidPinException() {
    super(
        "A signing PIN has "
            + SigningPin.MIN_DIGITS
            + " to "
            + SigningPin.MAX_DIGITS
            + " digits and nothing else");
  }
}
