package kz.ecase.cases.domain;

/**
 * The part a person takes in a criminal case. A suspect's, a victim's and a defence lawyer's status
 * rests on a decision (a document that takes effect); the others take part from the moment they are
 * added.
 */
public enum ParticipantRole {
  SUSPECT(true),
  VICTIM(true),
  WITNESS(false),
  DEFENCE_LAWYER(true),
  INTERPRETER(false),
  LEGAL_REPRESENTATIVE(false);

  private final boolean needsDecision;

  ParticipantRole(boolean needsDecision) {
    this.needsDecision = needsDecision;
  }

  /** Whether the status is given by a decision rather than by being added. */
  public boolean needsDecision() {
    return needsDecision;
  }
}
