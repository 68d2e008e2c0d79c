package kz.ecase.signing;

/** The user has no signing key yet: they set a signing PIN first. */
public class NoSigningKeyException extends RuntimeException {

  public NoSigningKeyException() {
    super("No signing key: set a signing PIN first");
  }
}
