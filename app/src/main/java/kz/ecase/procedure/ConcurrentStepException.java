package kz.ecase.procedure;

/** Another step of the same record was recorded at the same moment: reload and decide again. */
public class ConcurrentStepException extends RuntimeException {

  /**
   * @param label how the user knows the record: its register number when it has one
   */
  public ConcurrentStepException(String kind, String label) {
    super(kind + " " + label + " changed meanwhile: reload it and try again");
  }
}
