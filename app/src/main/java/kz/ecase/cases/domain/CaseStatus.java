package kz.ecase.cases.domain;

/** Where a criminal case stands. */
public enum CaseStatus {
  /** Entered in the ERDR; the investigation opens with its first step. */
  REGISTERED,
  /** The pre-trial investigation runs. */
  INVESTIGATING,
  /** The case file is on its way to the court. */
  SENT_TO_COURT,
  /** The court has received the case file. */
  IN_COURT,
  /** The court's sentence or order closed the case. */
  CLOSED,
  /** Joined into another case by a decision; investigated there. */
  JOINED,
  /** Terminated by the investigator's decision. */
  TERMINATED;

  /** Whether the case's term still runs (and its alerts matter). */
  public boolean investigating() {
    return this == INVESTIGATING;
  }
}
