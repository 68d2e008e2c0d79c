package kz.ecase.investigations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report's life: rebuilt from its recorded steps, checks the next one against the table of {@link
 * ReportStep} and the rules of procedure, and answers what the report's terms are. A report must be
 * decided (registered, refused, transferred, passed on) within the registration term of its
 * receipt; a decision waits in the duty prosecutor's queue until checked.
 */
public final class ReportLifecycle {

  /** Steps that must state their reasons. */
  static final Set<ReportStep> NEED_REASONS =
      Set.of(
          ReportStep.REFUSE,
          ReportStep.TRANSFER,
          ReportStep.PASS_TO_ADMINISTRATIVE,
          ReportStep.RETURN,
          ReportStep.ANNUL_REFUSAL);

  /** Whether a step must state its reasons. */
  public static boolean needsReasons(ReportStep step) {
    return NEED_REASONS.contains(step);
  }

  private final Instant receivedAt;
  private final Duration registrationTerm;
  private final List<ReportEvent> history = new ArrayList<>();
  private ReportStatus status = ReportStatus.RECEIVED;
  private Instant decidedAt;

  private ReportLifecycle(Instant receivedAt, Duration registrationTerm) {
    this.receivedAt = receivedAt;
    this.registrationTerm = registrationTerm;
  }

  /**
   * @param registrationTerm the law's term (in force on the day of receipt)
   * @param events the recorded steps, oldest first: facts, taken as they are
   */
  public static ReportLifecycle replay(
      Instant receivedAt, Duration registrationTerm, List<ReportEvent> events) {
    ReportLifecycle lifecycle = new ReportLifecycle(receivedAt, registrationTerm);
    for (ReportEvent event : events) {
      if (event.from() != lifecycle.status) {
        throw new IllegalStateException(
            "Recorded history is broken: " + event.step() + " from " + event.from());
      }
      lifecycle.apply(event);
    }
    return lifecycle;
  }

  private void apply(ReportEvent event) {
    if (event.step() != ReportStep.MISS_REGISTRATION_TERM && event.to() != event.from()) {
      decidedAt = event.to().awaitsCheck() ? event.at() : decidedAt;
    }
    status = event.to();
    history.add(event);
  }

  /**
   * Takes a step.
   *
   * @throws StepNotAllowedException when the state does not allow it
   * @throws IllegalArgumentException when a step that needs reasons has none
   */
  public ReportEvent take(ReportStep step, String actor, Instant at, String reasons) {
    if (!step.allowedFrom(status)) {
      throw new StepNotAllowedException(step.name(), status.name());
    }
    String text = reasons == null ? "" : reasons.strip();
    if (NEED_REASONS.contains(step) && text.isEmpty()) {
      throw new IllegalArgumentException(step + " states its reasons");
    }
    if (step == ReportStep.MISS_REGISTRATION_TERM && !registrationOverdue(at)) {
      throw new StepNotAllowedException(step.name(), "within its registration term");
    }
    if (step == ReportStep.MISS_REGISTRATION_TERM && termMissRecorded()) {
      throw new StepNotAllowedException(step.name(), "already recorded as overdue");
    }
    ReportEvent event = new ReportEvent(step, status, step.target(status), at, actor, text);
    apply(event);
    return event;
  }

  public ReportStatus status() {
    return status;
  }

  public List<ReportEvent> history() {
    return List.copyOf(history);
  }

  /** When the report must have been decided by. */
  public Instant registrationDeadline() {
    return receivedAt.plus(registrationTerm);
  }

  /** Undecided after the registration term. */
  public boolean registrationOverdue(Instant now) {
    return status.awaitsDecision() && now.isAfter(registrationDeadline());
  }

  /** Whether the missed term was recorded already (it is recorded once). */
  public boolean termMissRecorded() {
    return history.stream().anyMatch(e -> e.step() == ReportStep.MISS_REGISTRATION_TERM);
  }

  /** Since when the current decision waits for the duty prosecutor's check, if it does. */
  public Instant waitingForCheckSince() {
    return status.awaitsCheck() ? decidedAt : null;
  }

  /** Whether the report was ever entered into the ERDR (a later registration keeps its number). */
  public boolean everRegistered() {
    return history.stream().anyMatch(e -> e.step().registers());
  }
}
