package kz.ecase.investigations.domain;

/**
 * Where a crime report stands. A decision on it (registered, refused, transferred, passed to
 * administrative proceedings) waits for the duty prosecutor's check; the check confirms it (the
 * {@code *_CONFIRMED} states, final), returns it with remarks, or annuls an illegal refusal (the
 * report is then registered).
 */
public enum ReportStatus {
  /** Received, in the book of incident records; a decision is due within the registration term. */
  RECEIVED,
  /** Entered into the ERDR with a number and a qualification; the investigation has started. */
  REGISTERED,
  /** Registration refused, with reasons. */
  REFUSED,
  /** Sent to another unit or agency by jurisdiction. */
  TRANSFERRED,
  /** Not a crime but an administrative offence: an SRAP protocol is drawn up. */
  PASSED_TO_ADMINISTRATIVE,
  /** The duty prosecutor returned the decision with remarks; its author decides again. */
  RETURNED,
  REGISTRATION_CONFIRMED,
  REFUSAL_CONFIRMED,
  TRANSFER_CONFIRMED,
  PASSING_CONFIRMED;

  /** A decision that waits in the duty prosecutor's queue. */
  public boolean awaitsCheck() {
    return this == REGISTERED
        || this == REFUSED
        || this == TRANSFERRED
        || this == PASSED_TO_ADMINISTRATIVE;
  }

  /** No decision has been taken (or the last one was returned): the registration term runs. */
  public boolean awaitsDecision() {
    return this == RECEIVED || this == RETURNED;
  }

  /** In the ERDR (registered, whether or not the check has confirmed it yet). */
  public boolean inRegister() {
    return this == REGISTERED || this == REGISTRATION_CONFIRMED;
  }
}
