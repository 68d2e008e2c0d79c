package kz.ecase.offences;

/** Another step of the same protocol was recorded at the same moment: reload and decide again. */
public class ConcurrentTransitionException extends RuntimeException {

  public ConcurrentTransitionException(String number) {
    super("Protocol " + number + " changed meanwhile: reload it and try again");
  }
}
