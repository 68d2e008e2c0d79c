package kz.ecase.signing;

/** The signing PIN does not open the user's key; {@link #attemptsLeft} more wrong ones lock it. */
public class WrongPinException extends RuntimeException {

  private final int attemptsLeft;

  public WrongPinException(int attemptsLeft) {
    super("Wrong signing PIN; " + attemptsLeft + " attempts left before the key locks");
    this.attemptsLeft = attemptsLeft;
  }

  public int attemptsLeft() {
    return attemptsLeft;
  }
}
