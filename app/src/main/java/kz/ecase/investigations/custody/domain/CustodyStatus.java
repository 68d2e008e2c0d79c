package kz.ecase.investigations.custody.domain;

/** Where a delivery or detention stands. */
public enum CustodyStatus {
  /** Before its record: the state the first step starts from. */
  NEW,
  /** The person is held; the clock runs, not yet checked by the duty prosecutor. */
  RUNNING,
  /** The duty prosecutor found it legal; the clock still runs. */
  CHECKED,
  /** The duty prosecutor found it illegal and ordered immediate release; the clock still runs. */
  RELEASE_ORDERED,
  /** The limit passed with the person still held: recorded by the system, never undone. */
  OVERRUN,
  /** The person was released: the clock stopped. */
  RELEASED,
  /** Taken into custody on a court's sanction: the clock stopped. */
  IN_CUSTODY,
  /** A delivery turned into a detention, which runs on a clock of its own: this one stopped. */
  CONVERTED;

  /** Whether the person is still held and the clock runs (even past its limit). */
  public boolean running() {
    return this == RUNNING || this == CHECKED || this == RELEASE_ORDERED || this == OVERRUN;
  }
}
