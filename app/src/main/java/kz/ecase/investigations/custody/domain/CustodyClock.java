package kz.ecase.investigations.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.kernel.Iin;

/**
 * A delivery's or detention's clock as an explicit state machine: the table of {@link CustodyStep}
 * says which steps each state allows; the methods here add the rules (which kind of clock a step
 * belongs to, reasons, times, the overrun only once its moment has come) and record each step as a
 * {@link CustodyEvent}. The clock runs from the moment the person's freedom was restricted against
 * the limit {@link CustodyLimits} gives for that moment; a correction of that moment is a further
 * step and the original stays in the history.
 */
public final class CustodyClock {

  /** The actor of the overrun, which no person records. */
  public static final String SYSTEM = "system";

  /** How far ahead of ecase's clock a device's time may be. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final CustodyKind kind;
  private final Iin person;
  private final DetentionGround ground;
  private final CustodyLimits limits;
  private final List<CustodyEvent> history = new ArrayList<>();
  private CustodyStatus status = CustodyStatus.NEW;
  private Instant restrictedAt;
  private CustodyLimit limit;
  private boolean overrun;

  private CustodyClock(CustodyKind kind, Iin person, DetentionGround ground, CustodyLimits limits) {
    if (kind == CustodyKind.DELIVERY && ground != null) {
      throw new CustodyRuleException(
          CustodyStep.DELIVER, "exceptionalGround", "a delivery has no ground of detention");
    }
    this.kind = kind;
    this.person = person;
    this.ground = ground;
    this.limits = limits;
  }

  /** A clock not yet recorded; its first step is {@link #start}. */
  public static CustodyClock of(
      CustodyKind kind, Iin person, DetentionGround ground, CustodyLimits limits) {
    return new CustodyClock(kind, person, ground, limits);
  }

  /**
   * A stored clock rebuilt from its recorded events, oldest first. They are facts whose rules were
   * checked when they happened; the next step is checked against the state they lead to.
   */
  public static CustodyClock replay(
      CustodyKind kind,
      Iin person,
      DetentionGround ground,
      CustodyLimits limits,
      List<CustodyEvent> events) {
    CustodyClock clock = new CustodyClock(kind, person, ground, limits);
    for (CustodyEvent event : events) {
      clock.apply(event);
    }
    return clock;
  }

  private void apply(CustodyEvent event) {
    if (event.from() != status) {
      throw new IllegalStateException(
          "Recorded history is broken: "
              + event.step()
              + " from "
              + event.from()
              + " after "
              + status);
    }
    if (event.restrictedAt() != null) {
      restrictedAt = event.restrictedAt();
      limit = limits.limitOf(kind, person, ground, restrictedAt);
    }
    if (event.step() == CustodyStep.OVERRUN) {
      overrun = true;
    }
    status = event.to();
    history.add(event);
  }

  /** Records the delivery or detention: the clock starts at {@code restrictedAt}. */
  public CustodyEvent start(String actor, Instant at, Instant restrictedAt, String grounds) {
    CustodyStep step = kind == CustodyKind.DELIVERY ? CustodyStep.DELIVER : CustodyStep.DETAIN;
    require(step);
    requireMoment(step, restrictedAt, at);
    return move(step, actor, at, reasons(step, grounds), restrictedAt);
  }

  public CustodyEvent confirmLegal(String prosecutor, Instant at, String remarks) {
    require(CustodyStep.CONFIRM_LEGAL);
    if (!at.isBefore(deadline())) {
      throw new CustodyRuleException(
          CustodyStep.CONFIRM_LEGAL, null, "the limit ran out at " + deadline());
    }
    return move(CustodyStep.CONFIRM_LEGAL, prosecutor, at, remarks, null);
  }

  public CustodyEvent declareIllegal(String prosecutor, Instant at, String reasons) {
    return reasoned(CustodyStep.DECLARE_ILLEGAL, prosecutor, at, reasons);
  }

  /** The moment of restriction corrected; the limit is the one for the corrected moment. */
  public CustodyEvent correctTime(String actor, Instant at, Instant correctedTo, String reasons) {
    require(CustodyStep.CORRECT_TIME);
    requireMoment(CustodyStep.CORRECT_TIME, correctedTo, at);
    if (correctedTo.equals(restrictedAt)) {
      throw new CustodyRuleException(
          CustodyStep.CORRECT_TIME, "restrictedAt", "the moment of restriction is unchanged");
    }
    return move(
        CustodyStep.CORRECT_TIME,
        actor,
        at,
        reasons(CustodyStep.CORRECT_TIME, reasons),
        correctedTo);
  }

  public CustodyEvent release(String actor, Instant at, String reasons) {
    require(CustodyStep.RELEASE);
    return move(CustodyStep.RELEASE, actor, at, reasons, null);
  }

  /** A detention ends in custody on a court's sanction (the reasons name the sanction). */
  public CustodyEvent transferToCustody(String actor, Instant at, String sanction) {
    require(CustodyStep.TRANSFER_TO_CUSTODY);
    if (kind != CustodyKind.DETENTION) {
      throw new CustodyRuleException(
          CustodyStep.TRANSFER_TO_CUSTODY, null, "only a detention ends in custody");
    }
    return reasoned(CustodyStep.TRANSFER_TO_CUSTODY, actor, at, sanction);
  }

  /** A delivery becomes a detention; the detention's own clock starts at the same moment. */
  public CustodyEvent convertToDetention(String actor, Instant at, String grounds) {
    require(CustodyStep.CONVERT_TO_DETENTION);
    if (kind != CustodyKind.DELIVERY) {
      throw new CustodyRuleException(
          CustodyStep.CONVERT_TO_DETENTION, null, "only a delivery becomes a detention");
    }
    return reasoned(CustodyStep.CONVERT_TO_DETENTION, actor, at, grounds);
  }

  /**
   * The limit ran out with the person held, recorded by the system once {@code now} is at or past
   * the deadline; the event is dated at the deadline (or at the last step, if that came later).
   */
  public CustodyEvent overrun(Instant now) {
    require(CustodyStep.OVERRUN);
    if (overrun) {
      throw new CustodyRuleException(CustodyStep.OVERRUN, null, "the overrun is on record already");
    }
    if (now.isBefore(deadline())) {
      throw new CustodyRuleException(
          CustodyStep.OVERRUN, null, "the limit runs until " + deadline());
    }
    Instant last = history.get(history.size() - 1).at();
    Instant at = deadline().isBefore(last) ? last : deadline();
    return move(CustodyStep.OVERRUN, SYSTEM, at, "", null);
  }

  /** Whether the system should record the overrun now. */
  public boolean overrunDue(Instant now) {
    return CustodyStep.OVERRUN.allowedFrom(status) && !overrun && !now.isBefore(deadline());
  }

  /**
   * Performs a step taken by hand, named as data (an API request).
   *
   * @param correctedTo the corrected moment, for {@link CustodyStep#CORRECT_TIME} only
   */
  public CustodyEvent perform(
      CustodyStep step, String actor, Instant at, String reasons, Instant correctedTo) {
    return switch (step) {
      case DELIVER, DETAIN ->
          throw new CustodyRuleException(step, "step", "a clock is started by its record");
      case OVERRUN -> throw new CustodyRuleException(step, "step", "only the system records it");
      case CONFIRM_LEGAL -> confirmLegal(actor, at, reasons);
      case DECLARE_ILLEGAL -> declareIllegal(actor, at, reasons);
      case CORRECT_TIME -> {
        if (correctedTo == null) {
          throw new CustodyRuleException(step, "restrictedAt", "the corrected moment is required");
        }
        yield correctTime(actor, at, correctedTo, reasons);
      }
      case RELEASE -> release(actor, at, reasons);
      case TRANSFER_TO_CUSTODY -> transferToCustody(actor, at, reasons);
      case CONVERT_TO_DETENTION -> convertToDetention(actor, at, reasons);
    };
  }

  public CustodyKind kind() {
    return kind;
  }

  public CustodyStatus status() {
    return status;
  }

  /** The moment of restriction as it stands (after any correction). */
  public Instant restrictedAt() {
    return restrictedAt;
  }

  /** The moment first recorded, whatever corrections followed. */
  public Instant originalRestrictedAt() {
    return history.isEmpty() ? null : history.get(0).restrictedAt();
  }

  public CustodyLimit limit() {
    return limit;
  }

  public Instant deadline() {
    return limit.deadline(restrictedAt);
  }

  public Instant alertAt() {
    return limit.alertAt(restrictedAt);
  }

  /** Whether an overrun is on record (it stays, whatever follows). */
  public boolean overrun() {
    return overrun;
  }

  public boolean minor() {
    return restrictedAt != null && limits.minorAt(person, restrictedAt);
  }

  public List<CustodyEvent> history() {
    return List.copyOf(history);
  }

  private CustodyEvent reasoned(CustodyStep step, String actor, Instant at, String reasons) {
    require(step);
    return move(step, actor, at, reasons(step, reasons), null);
  }

  private void require(CustodyStep step) {
    if (!step.allowedFrom(status)) {
      throw new IllegalCustodyStepException(status, step);
    }
  }

  private static void requireMoment(CustodyStep step, Instant restrictedAt, Instant at) {
    if (restrictedAt == null) {
      throw new CustodyRuleException(step, "restrictedAt", "the moment of restriction is required");
    }
    if (restrictedAt.isAfter(at.plus(CLOCK_SKEW))) {
      throw new CustodyRuleException(
          step, "restrictedAt", "the moment of restriction is in the future");
    }
  }

  private static String reasons(CustodyStep step, String reasons) {
    if (reasons == null || reasons.isBlank()) {
      throw new CustodyRuleException(step, "reasons", "reasons are required");
    }
    return reasons.strip();
  }

  private CustodyEvent move(
      CustodyStep step, String actor, Instant at, String reasons, Instant newRestrictedAt) {
    if (actor == null || actor.isBlank()) {
      throw new CustodyRuleException(step, null, "the actor is required");
    }
    CustodyStatus to = step.to(status).orElseThrow();
    CustodyEvent event =
        new CustodyEvent(
            step, status, to, at, actor, reasons == null ? "" : reasons.strip(), newRestrictedAt);
    apply(event);
    return event;
  }
}
