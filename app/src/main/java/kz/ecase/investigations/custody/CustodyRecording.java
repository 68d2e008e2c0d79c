package kz.ecase.investigations.custody;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.custody.CustodyInputException.FieldProblem;
import kz.ecase.investigations.custody.CustodyValidation.ValidCustody;
import kz.ecase.investigations.custody.domain.CustodyClock;
import kz.ecase.investigations.custody.domain.CustodyEvent;
import kz.ecase.investigations.custody.domain.CustodyKind;
import kz.ecase.investigations.custody.domain.CustodyLimits;
import kz.ecase.investigations.custody.domain.CustodyStep;
import kz.ecase.investigations.custody.domain.DetentionGround;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.signing.UnlockedKey;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records deliveries and detentions and the steps of their clocks taken by hand, each a signed act
 * on the procedure kernel: the officer's unit records, releases, transfers, converts and corrects
 * the time; the duty prosecutor confirms legality or declares it illegal. A clock whose limit has
 * run out gets its overrun recorded by the system first, in the same transaction.
 */
@Service
public class CustodyRecording {

  static final int MAX_REASONS = 4000;

  /** A recorded step, and the detention a conversion started. */
  public record Taken(RecordedStep step, UUID detentionId) {}

  private final CustodyStore store;
  private final CustodyOverruns overruns;
  private final Authorization authorization;
  private final ActSignatures signatures;
  private final ProcedureSteps steps;
  private final CustodyLimits limits;
  private final CustodyActDocument acts;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CustodyRecording(
      CustodyStore store,
      CustodyOverruns overruns,
      Authorization authorization,
      ActSignatures signatures,
      ProcedureSteps steps,
      CustodyLimits limits,
      Documents documents,
      ProcedureCalendar calendar,
      TransactionTemplate transactions,
      Clock clock) {
    this.store = store;
    this.overruns = overruns;
    this.authorization = authorization;
    this.signatures = signatures;
    this.steps = steps;
    this.limits = limits;
    this.acts = new CustodyActDocument(documents, calendar.zone());
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Records a delivery or detention in the user's unit; its clock starts. */
  public StoredClock record(CurrentUser user, CustodyForm form) {
    if (!user.role().allows(Action.EDIT_RECORD) || user.unit() == null) {
      throw new AccessDeniedException("Deliveries and detentions are recorded by the unit's staff");
    }
    Instant now = clock.instant();
    ValidCustody valid = CustodyValidation.check(form, now, limits);
    RecordScope scope = new RecordScope(user.unit(), valid.iin());
    require(user, Action.EDIT_RECORD, scope);
    UnlockedKey key = signatures.unlock(user, form.pin());
    StoredClock stored =
        new StoredClock(
            UUID.randomUUID(),
            valid.kind().name(),
            user.unit().value(),
            valid.iin().value(),
            valid.restrictedAt(),
            now,
            valid.place(),
            valid.grounds(),
            valid.ground() == null ? null : valid.ground().name(),
            valid.reference(),
            valid.lateEntry(),
            valid.lateReason(),
            user.username(),
            null);
    return transactions.execute(status -> start(user, key, stored, now, scope));
  }

  /**
   * A step taken by hand on a clock the user may act on.
   *
   * @throws NotFoundException for an unknown clock or one outside the user's jurisdiction
   */
  public Taken take(CurrentUser user, String clockId, CustodyStepForm form) {
    Instant now = clock.instant();
    List<FieldProblem> problems = new ArrayList<>();
    CustodyStep step = checkedStep(form, problems);
    Instant correctedTo =
        step == CustodyStep.CORRECT_TIME
            ? CustodyValidation.moment(form.restrictedAt(), now, limits, problems)
            : null;
    if (form.pin() == null || form.pin().isBlank()) {
      problems.add(new FieldProblem("pin", "custody.error.pin", "Your signing PIN is required"));
    }
    if (!problems.isEmpty()) {
      throw new CustodyInputException(problems);
    }
    DetentionGround ground = groundOf(step, form);
    UUID id = parse(clockId);
    StoredClock stored = store.find(id).orElseThrow(CustodyRecording::notFound);
    RecordScope scope = scopeOf(stored);
    require(user, step.byProsecutor() ? Action.REVIEW_LEGALITY : Action.EDIT_RECORD, scope);
    UnlockedKey key = signatures.unlock(user, form.pin());
    String reasons = form.reasons() == null ? "" : form.reasons().strip();
    return transactions.execute(
        status -> {
          overruns.recordIfDue(stored, now);
          RecordedStep taken =
              steps.take(
                  store,
                  id,
                  history -> {
                    CustodyClock lifecycle =
                        CustodyHistory.replay(stored, history, store.corrections(id), limits);
                    CustodyEvent event =
                        lifecycle.perform(step, user.username(), now, reasons, correctedTo);
                    return signed(user, key, stored, lifecycle, event, scope, Map.of());
                  });
          if (step == CustodyStep.CORRECT_TIME) {
            store.addCorrection(id, taken.seq(), correctedTo);
          }
          ClockState state = overruns.project(stored, now);
          UUID detention = null;
          if (step == CustodyStep.CONVERT_TO_DETENTION) {
            StoredClock converted =
                new StoredClock(
                    UUID.randomUUID(),
                    CustodyKind.DETENTION.name(),
                    stored.unit(),
                    stored.personIin(),
                    state.restrictedAt(),
                    now,
                    stored.place(),
                    reasons,
                    ground == null ? null : ground.name(),
                    stored.reference(),
                    false,
                    null,
                    user.username(),
                    stored.id());
            detention = start(user, key, converted, now, scope).id();
          }
          return new Taken(taken, detention);
        });
  }

  /** The one access decision, for the user the step is taken by (not only a request's). */
  private void require(CurrentUser user, Action action, RecordScope scope) {
    switch (authorization.decide(user, action, scope)) {
      case PERMITTED -> {}
      case FORBIDDEN -> throw new AccessDeniedException("Role does not allow " + action);
      case HIDDEN -> throw notFound();
    }
  }

  static RecordScope scopeOf(StoredClock clock) {
    return new RecordScope(UnitCode.of(clock.unit()), Iin.of(clock.personIin()));
  }

  private StoredClock start(
      CurrentUser user, UnlockedKey key, StoredClock stored, Instant now, RecordScope scope) {
    store.add(stored);
    steps.take(
        store,
        stored.id(),
        history -> {
          CustodyClock lifecycle =
              CustodyClock.of(
                  CustodyKind.valueOf(stored.kind()),
                  Iin.of(stored.personIin()),
                  stored.exceptionalGround() == null
                      ? null
                      : DetentionGround.valueOf(stored.exceptionalGround()),
                  limits);
          CustodyEvent event =
              lifecycle.start(user.username(), now, stored.restrictedAt(), stored.grounds());
          Map<String, Object> details = new LinkedHashMap<>();
          details.put("kind", stored.kind());
          details.put("restrictedAt", stored.restrictedAt().toString());
          details.put("limit", lifecycle.limit().duration().toString());
          details.put("limitKey", lifecycle.limit().key());
          details.put("limitConfirmed", lifecycle.limit().confirmed());
          details.put("deadline", lifecycle.deadline().toString());
          details.put("minor", lifecycle.minor());
          details.put("lateEntry", stored.lateEntry());
          if (stored.convertedFrom() != null) {
            details.put("convertedFrom", stored.convertedFrom().toString());
          }
          return signed(user, key, stored, lifecycle, event, scope, details);
        });
    overruns.project(stored, now);
    return stored;
  }

  private kz.ecase.procedure.NextStep signed(
      CurrentUser user,
      UnlockedKey key,
      StoredClock stored,
      CustodyClock lifecycle,
      CustodyEvent event,
      RecordScope scope,
      Map<String, Object> details) {
    StoredDocument document = acts.render(user, stored, lifecycle, event, scope);
    return CustodyOverruns.next(
        stored,
        event,
        details,
        signatures.sign(user, key, document, CustodyActDocument.actName(stored, event)));
  }

  /** The step named, with the problems of the step and its reasons added. */
  private static CustodyStep checkedStep(CustodyStepForm form, List<FieldProblem> problems) {
    CustodyStep step = null;
    try {
      step = CustodyStep.valueOf(form.step() == null ? "" : form.step().strip());
      if (step.starts() || step.bySystem()) {
        problems.add(
            new FieldProblem(
                "step", "custody.error.step.not-by-hand", step + " is not taken by hand"));
      }
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("step", "custody.error.step", "One of the steps of a clock"));
    }
    String reasons = form.reasons() == null ? "" : form.reasons().strip();
    if (step != null && step.reasoned() && reasons.isEmpty()) {
      problems.add(new FieldProblem("reasons", "custody.error.reasons.required", "Required"));
    } else if (reasons.length() > MAX_REASONS) {
      problems.add(new FieldProblem("reasons", "custody.error.too-long", "At most " + MAX_REASONS));
    }
    return step;
  }

  private static DetentionGround groundOf(CustodyStep step, CustodyStepForm form) {
    if (step != CustodyStep.CONVERT_TO_DETENTION
        || form.exceptionalGround() == null
        || form.exceptionalGround().isBlank()) {
      return null;
    }
    try {
      return DetentionGround.valueOf(form.exceptionalGround().strip());
    } catch (IllegalArgumentException e) {
      throw new CustodyInputException(
          List.of(
              new FieldProblem(
                  "exceptionalGround",
                  "custody.error.exceptionalGround",
                  "ESPECIALLY_GRAVE_CRIME, TERRORISM or EXTREMISM")));
    }
  }

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound();
    }
  }

  static NotFoundException notFound() {
    return new NotFoundException("No such delivery or detention");
  }
}
