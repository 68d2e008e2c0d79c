package kz.ecase.offences.domain;

/**
 * A transition allowed from the current state but refused by a rule of procedure (a term not yet
 * over or already over, a decision that is not a fine, missing reasons).
 */
public class ProcedureRuleException extends IllegalStateException {

  private final ProtocolTransition attempted;

  public ProcedureRuleException(ProtocolTransition attempted, String message) {
    super(attempted + " refused: " + message);
    this.attempted = attempted;
  }

  public ProtocolTransition attempted() {
    return attempted;
  }
}
