package kz.ecase.signing;

/** The public document checks of this second are spent: ask again in a moment. */
public class TooManyChecksException extends RuntimeException {

  public TooManyChecksException() {
    super("Too many document checks at the moment: try again in a second");
  }
}
