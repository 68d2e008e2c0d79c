package kz.ecase.investigations.domain;

/** The record's state does not allow the step (the state table says no). */
public class StepNotAllowedException extends RuntimeException {

  private final String step;
  private final String state;

  public StepNotAllowedException(String step, String state) {
    super(step + " is not allowed when the record is " + state);
    this.step = step;
    this.state = state;
  }

  public String step() {
    return step;
  }

  public String state() {
    return state;
  }
}
