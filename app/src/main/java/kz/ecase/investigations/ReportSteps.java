package kz.ecase.investigations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.ReportActDocument.Fact;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.InvestigationForm;
import kz.ecase.investigations.domain.ReportEvent;
import kz.ecase.investigations.domain.ReportLifecycle;
import kz.ecase.investigations.domain.ReportStatus;
import kz.ecase.investigations.domain.ReportStep;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.Registration;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.NextStep;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StepEvents;
import kz.ecase.procedure.StepSubject;
import kz.ecase.signing.UnlockedKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes the steps of a report on the procedure kernel: staff decide it (register with a
 * qualification and an ERDR number, refuse, transfer, pass to administrative proceedings), the duty
 * prosecutor checks each decision (confirm, return with remarks, annul an illegal refusal and so
 * register the report); every step a signed act in the ledger ({@value
 * ReportStore#STEP_ENTRY_TYPE}), and ecase records a missed registration term itself.
 */
@Service
public class ReportSteps {

  /** The actor of steps ecase records itself. */
  public static final String SYSTEM = "system";

  private final ReportStore store;
  private final ProcedureSteps steps;
  private final ActSignatures signatures;
  private final ReportActDocument acts;
  private final ReportDecisionCheck checks;
  private final ErdrRegister erdr;
  private final ReportScopes scopes;
  private final ReportAlerts alerts;
  private final Authorization authorization;
  private final LawValues law;
  private final ProcedureCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ReportSteps(
      ReportStore store,
      ProcedureSteps steps,
      ActSignatures signatures,
      ReportActDocument acts,
      ReportDecisionCheck checks,
      ErdrRegister erdr,
      ReportScopes scopes,
      ReportAlerts alerts,
      Authorization authorization,
      LawValues law,
      ProcedureCalendar calendar,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.steps = steps;
    this.signatures = signatures;
    this.acts = acts;
    this.checks = checks;
    this.erdr = erdr;
    this.scopes = scopes;
    this.alerts = alerts;
    this.authorization = authorization;
    this.law = law;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
  }

  /**
   * A step taken by a user, signed with their PIN.
   *
   * @throws kz.ecase.platform.NotFoundException for an unknown report or one the user may not see
   * @throws kz.ecase.investigations.domain.StepNotAllowedException when its state does not allow it
   */
  public RecordedStep byHand(CurrentUser user, String reportId, ReportDecision decision) {
    ReportDecisionCheck.Checked checked = checks.check(user, decision);
    UUID id = ReportIds.parse(reportId);
    UnlockedKey key = signatures.unlock(user, decision.pin());
    return steps.take(
        store,
        id,
        history -> {
          StoredReport report = store.find(id).orElseThrow(ReportIds::notFound);
          List<Registration> registrations = store.registrations(id);
          RecordScope scope = scopes.of(report, gravityOf(registrations));
          authorization.require(checked.action(), scope);
          Instant now = clock.instant();
          ReportLifecycle lifecycle = lifecycle(report, history);
          ReportEvent event =
              lifecycle.take(checked.step(), user.username(), now, checked.reasons());
          Map<String, Object> details = new LinkedHashMap<>();
          List<Fact> facts = new ArrayList<>(baseFacts(report, registrations));
          if (checked.step().registers()) {
            Registration registration =
                register(report, registrations, history.size() + 1, checked, now);
            details.put("erdrNumber", registration.erdrNumber());
            details.put("article", registration.articleCode());
            details.put("gravity", registration.gravity());
            details.put("form", registration.form());
            facts.add(new Fact("Номер ЕРДР", registration.erdrNumber()));
            facts.add(new Fact("Квалификация", checked.article().citationRu()));
            facts.add(new Fact("Категория", Gravity.valueOf(registration.gravity()).titleRu()));
            facts.add(
                new Fact(
                    "Форма расследования",
                    InvestigationForm.valueOf(registration.form()).titleRu()));
            events.publishEvent(
                new ReportRegistered(
                    report.id(),
                    registration.erdrNumber(),
                    report.unit(),
                    registration.articleCode(),
                    registration.gravity(),
                    registration.form(),
                    user.username(),
                    user.role(),
                    now));
          }
          if (checked.transferTo() != null) {
            details.put("transferTo", checked.transferTo());
            facts.add(new Fact("Передано в", checked.transferTo()));
          }
          facts.add(new Fact("Состояние", event.to().titleRu()));
          StoredDocument pdf =
              acts.render(
                  ReportAct.of(checked.step()),
                  report.kuiNumber(),
                  user,
                  report.unit(),
                  now,
                  facts,
                  event.reasons(),
                  scope);
          SignedAct act =
              signatures.sign(
                  user,
                  key,
                  pdf,
                  "report-" + report.kuiNumber() + "-" + checked.step().name().toLowerCase());
          alerts.stepTaken(report, event, user);
          return next(report, event, details, act);
        });
  }

  /**
   * Records that the report's registration term lapsed undecided (once), alerting the duty
   * prosecutor and the head of the unit. Joins the caller's transaction.
   */
  public RecordedStep registrationTermMissed(UUID reportId, Instant at) {
    return steps.take(
        store,
        reportId,
        history -> {
          StoredReport report = store.find(reportId).orElseThrow(ReportIds::notFound);
          ReportEvent event =
              lifecycle(report, history).take(ReportStep.MISS_REGISTRATION_TERM, SYSTEM, at, "");
          alerts.termMissed(report, at);
          return next(
              report,
              event,
              Map.of("registrationDeadline", report.registrationDeadline().toString()),
              null);
        });
  }

  private Registration register(
      StoredReport report,
      List<Registration> earlier,
      int seq,
      ReportDecisionCheck.Checked checked,
      Instant now) {
    String number =
        earlier.isEmpty() ? newNumber(report, now) : earlier.get(earlier.size() - 1).erdrNumber();
    CriminalArticle article = checked.article();
    Registration registration =
        new Registration(
            report.id(),
            seq,
            number,
            article.code(),
            article.gravity().value().name(),
            checked.form(article).name(),
            now);
    store.addRegistration(registration);
    return registration;
  }

  private String newNumber(StoredReport report, Instant now) {
    return erdr.newNumber(UnitCode.of(report.unit()), now);
  }

  ReportLifecycle lifecycle(StoredReport report, List<RecordedStep> history) {
    Duration term =
        law.on("investigations.registration-term", calendar.dateOf(report.receivedAt())).duration();
    return ReportLifecycle.replay(
        report.receivedAt(),
        term,
        StepEvents.of(history, ReportStep.class, ReportStatus.class, ReportEvent::new));
  }

  private List<Fact> baseFacts(StoredReport report, List<Registration> registrations) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("КУИ №", report.kuiNumber()));
    facts.add(new Fact("Поступило", acts.time(report.receivedAt())));
    if (!registrations.isEmpty()) {
      facts.add(new Fact("Номер ЕРДР", registrations.get(registrations.size() - 1).erdrNumber()));
    }
    facts.add(new Fact("Содержание", report.description()));
    return facts;
  }

  private static String gravityOf(List<Registration> registrations) {
    return registrations.isEmpty() ? null : registrations.get(registrations.size() - 1).gravity();
  }

  private static NextStep next(
      StoredReport report, ReportEvent event, Map<String, Object> details, SignedAct act) {
    return NextStep.of(
        new StepSubject(
            report.kuiNumber(),
            UnitCode.of(report.unit()),
            report.reporterIin() == null ? null : Iin.of(report.reporterIin())),
        event.step(),
        event.from(),
        event.to(),
        event.at(),
        event.actor(),
        event.reasons(),
        details,
        act);
  }

  /** Who may take a step: staff decide, prosecutors check. */
  static Action actionFor(ReportStep step) {
    return step.taker() == ReportStep.Taker.STAFF ? Action.EDIT_RECORD : Action.REVIEW_LEGALITY;
  }
}
