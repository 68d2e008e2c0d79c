package kz.ecase.offences.domain;

/** A transition the state machine does not allow from the protocol's current state. */
public class IllegalTransitionException extends IllegalStateException {

  private final ProtocolStatus current;
  private final ProtocolTransition attempted;

  public IllegalTransitionException(ProtocolStatus current, ProtocolTransition attempted) {
    super(
        "the protocol is "
            + current
            + ": "
            + attempted
            + " is not allowed (allowed from "
            + current
            + ": "
            + ProtocolTransition.availableFrom(current)
            + ")");
    this.current = current;
    this.attempted = attempted;
  }

  public ProtocolStatus current() {
    return current;
  }

  public ProtocolTransition attempted() {
    return attempted;
  }
}
