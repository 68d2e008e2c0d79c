package kz.ecase.signing;

/** Too many wrong PINs in a row: the key is locked until an administrator resets it. */
public class PinLockedException extends RuntimeException {

  public PinLockedException() {
    super("The signing key is locked after too many wrong PINs; an administrator must reset it");
  }
}
