package kz.ecase.signing;

/**
 * The request conflicts with the state of things: a document signed already (co-sign it), one not
 * signed yet (its author signs first), a signer who signed it already, or a PIN change without the
 * current PIN.
 */
public class SigningConflictException extends RuntimeException {

  public SigningConflictException(String message) {
    super(message);
  }
}
