package kz.ecase.merkle;

/**
 * A signed note or checkpoint was refused: it is malformed, or not signed by the expected key, or
 * its signature does not match its text. The message says which, in words an auditor can act on.
 */
public class NoteException extends RuntimeException {

  public NoteException(String message) {
    super(message);
  }

  public NoteException(String message, Throwable cause) {
    super(message, cause);
  }
}
