package kz.ecase.investigations.domain;

import static kz.ecase.investigations.domain.ReportStatus.PASSED_TO_ADMINISTRATIVE;
import static kz.ecase.investigations.domain.ReportStatus.PASSING_CONFIRMED;
import static kz.ecase.investigations.domain.ReportStatus.RECEIVED;
import static kz.ecase.investigations.domain.ReportStatus.REFUSAL_CONFIRMED;
import static kz.ecase.investigations.domain.ReportStatus.REFUSED;
import static kz.ecase.investigations.domain.ReportStatus.REGISTERED;
import static kz.ecase.investigations.domain.ReportStatus.REGISTRATION_CONFIRMED;
import static kz.ecase.investigations.domain.ReportStatus.RETURNED;
import static kz.ecase.investigations.domain.ReportStatus.TRANSFERRED;
import static kz.ecase.investigations.domain.ReportStatus.TRANSFER_CONFIRMED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The report's state machine as one table: each step, the states it may start from, the state it
 * leads to (null: the state stays), and who takes it. Anything not in this table is refused; the
 * guards on reasons and qualification live in {@link ReportLifecycle}.
 */
public enum ReportStep {
  /** Entered into the ERDR with a qualification (staff of the unit). */
  REGISTER(EnumSet.of(RECEIVED, RETURNED), REGISTERED, Taker.STAFF),
  /** Registration refused, with reasons. */
  REFUSE(EnumSet.of(RECEIVED, RETURNED), REFUSED, Taker.STAFF),
  /** Sent by jurisdiction to another unit or agency, named with reasons. */
  TRANSFER(EnumSet.of(RECEIVED, RETURNED), TRANSFERRED, Taker.STAFF),
  /** An administrative offence, not a crime: passed to SRAP, with reasons. */
  PASS_TO_ADMINISTRATIVE(EnumSet.of(RECEIVED, RETURNED), PASSED_TO_ADMINISTRATIVE, Taker.STAFF),
  /** The duty prosecutor finds the registration legal. */
  CONFIRM_REGISTRATION(EnumSet.of(REGISTERED), REGISTRATION_CONFIRMED, Taker.DUTY_PROSECUTOR),
  /** The duty prosecutor finds the refusal legal. */
  CONFIRM_REFUSAL(EnumSet.of(REFUSED), REFUSAL_CONFIRMED, Taker.DUTY_PROSECUTOR),
  /** The duty prosecutor finds the transfer legal. */
  CONFIRM_TRANSFER(EnumSet.of(TRANSFERRED), TRANSFER_CONFIRMED, Taker.DUTY_PROSECUTOR),
  /** The duty prosecutor finds the passing to administrative proceedings legal. */
  CONFIRM_PASSING(EnumSet.of(PASSED_TO_ADMINISTRATIVE), PASSING_CONFIRMED, Taker.DUTY_PROSECUTOR),
  /** The duty prosecutor returns the decision with remarks; its author decides again. */
  RETURN(
      EnumSet.of(REGISTERED, REFUSED, TRANSFERRED, PASSED_TO_ADMINISTRATIVE),
      RETURNED,
      Taker.DUTY_PROSECUTOR),
  /** The duty prosecutor annuls an illegal refusal: the report is registered (by this act). */
  ANNUL_REFUSAL(EnumSet.of(REFUSED), REGISTRATION_CONFIRMED, Taker.DUTY_PROSECUTOR),
  /** The registration term lapsed without a decision: recorded by ecase, the state stays. */
  MISS_REGISTRATION_TERM(EnumSet.of(RECEIVED, RETURNED), null, Taker.SYSTEM);

  /** Who takes a step. */
  public enum Taker {
    STAFF,
    DUTY_PROSECUTOR,
    SYSTEM
  }

  private final Set<ReportStatus> from;
  private final ReportStatus to;
  private final Taker taker;

  ReportStep(Set<ReportStatus> from, ReportStatus to, Taker taker) {
    this.from = from;
    this.to = to;
    this.taker = taker;
  }

  public boolean allowedFrom(ReportStatus status) {
    return from.contains(status);
  }

  /** The state the step leads to from {@code status} (itself when the step keeps the state). */
  public ReportStatus target(ReportStatus status) {
    return to == null ? status : to;
  }

  public Taker taker() {
    return taker;
  }

  /** Whether the step enters the report into the ERDR (it then needs a qualification). */
  public boolean registers() {
    return this == REGISTER || this == ANNUL_REFUSAL;
  }

  /** The steps allowed from a state, for {@code taker}. */
  public static Set<ReportStep> availableFrom(ReportStatus status, Taker taker) {
    Set<ReportStep> allowed = EnumSet.noneOf(ReportStep.class);
    for (ReportStep step : values()) {
      if (step.allowedFrom(status) && step.taker == taker) {
        allowed.add(step);
      }
    }
    return allowed;
  }
}
