package kz.ecase.investigations.custody.domain;

import static kz.ecase.investigations.custody.domain.CustodyStatus.CHECKED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.CONVERTED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.IN_CUSTODY;
import static kz.ecase.investigations.custody.domain.CustodyStatus.NEW;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RELEASED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RELEASE_ORDERED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RUNNING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The clock's steps as one table: from which state each step may be taken and where it leads.
 * Anything not in this table is refused. Guards on the kind of clock, on time and on reasons live
 * in {@link CustodyClock}.
 */
public enum CustodyStep {
  /** A delivery recorded: its clock starts at the moment of restriction. */
  DELIVER(Map.of(NEW, RUNNING)),
  /** A detention recorded: its clock starts at the moment of restriction. */
  DETAIN(Map.of(NEW, RUNNING)),
  /** The duty prosecutor finds it legal; the clock runs on, checked. */
  CONFIRM_LEGAL(Map.of(RUNNING, CHECKED)),
  /** The duty prosecutor finds it illegal: immediate release is ordered. */
  DECLARE_ILLEGAL(
      Map.of(
          RUNNING,
          RELEASE_ORDERED,
          CHECKED,
          RELEASE_ORDERED,
          CustodyStatus.OVERRUN,
          RELEASE_ORDERED)),
  /**
   * The moment of restriction corrected by a further act (the original stays on record); a checked
   * clock needs the prosecutor's check again.
   */
  CORRECT_TIME(Map.of(RUNNING, RUNNING, CHECKED, RUNNING, RELEASE_ORDERED, RELEASE_ORDERED)),
  /** The person is released. */
  RELEASE(
      Map.of(
          RUNNING,
          RELEASED,
          CHECKED,
          RELEASED,
          RELEASE_ORDERED,
          RELEASED,
          CustodyStatus.OVERRUN,
          RELEASED)),
  /** A detention ends in custody on a court's sanction. */
  TRANSFER_TO_CUSTODY(
      Map.of(RUNNING, IN_CUSTODY, CHECKED, IN_CUSTODY, CustodyStatus.OVERRUN, IN_CUSTODY)),
  /** A delivery becomes a detention, whose clock starts at the same moment of restriction. */
  CONVERT_TO_DETENTION(
      Map.of(RUNNING, CONVERTED, CHECKED, CONVERTED, CustodyStatus.OVERRUN, CONVERTED)),
  /** The limit passed with the person held: recorded by the system the moment it happens. */
  OVERRUN(
      Map.of(
          RUNNING,
          CustodyStatus.OVERRUN,
          CHECKED,
          CustodyStatus.OVERRUN,
          RELEASE_ORDERED,
          CustodyStatus.OVERRUN));

  private final Map<CustodyStatus, CustodyStatus> moves;

  CustodyStep(Map<CustodyStatus, CustodyStatus> moves) {
    this.moves = new EnumMap<>(moves);
  }

  public boolean allowedFrom(CustodyStatus status) {
    return moves.containsKey(status);
  }

  /** Where the step leads from {@code status}; empty when the table does not allow it. */
  public Optional<CustodyStatus> to(CustodyStatus status) {
    return Optional.ofNullable(moves.get(status));
  }

  public Set<CustodyStatus> from() {
    return EnumSet.copyOf(moves.keySet());
  }

  /** The steps only the system takes (no act, no person). */
  public boolean bySystem() {
    return this == OVERRUN;
  }

  /** The steps of the prosecutor's check of legality. */
  public boolean byProsecutor() {
    return this == CONFIRM_LEGAL || this == DECLARE_ILLEGAL;
  }

  /** The steps that start a clock. */
  public boolean starts() {
    return this == DELIVER || this == DETAIN;
  }

  /** The steps that state their reasons. */
  public boolean reasoned() {
    return this == DECLARE_ILLEGAL
        || this == CORRECT_TIME
        || this == TRANSFER_TO_CUSTODY
        || this == CONVERT_TO_DETENTION;
  }

  /** The steps allowed from a state. */
  public static Set<CustodyStep> availableFrom(CustodyStatus status) {
    Set<CustodyStep> allowed = EnumSet.noneOf(CustodyStep.class);
    for (CustodyStep step : values()) {
      if (step.allowedFrom(status)) {
        allowed.add(step);
      }
    }
    return allowed;
  }
}
