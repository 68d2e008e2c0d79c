package kz.ecase.investigations.custody.domain;

/** A step the table does not allow from the clock's state. */
public class IllegalCustodyStepException extends RuntimeException {

  private final transient CustodyStatus current;
  private final transient CustodyStep attempted;

  public IllegalCustodyStepException(CustodyStatus current, CustodyStep attempted) {
    super(attempted + " is not allowed from " + current);
    this.current = current;
    this.attempted = attempted;
  }

  public CustodyStatus current() {
    return current;
  }

  public CustodyStep attempted() {
    return attempted;
  }
}
