package kz.ecase.investigations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.ReportActDocument.Fact;
import kz.ecase.investigations.domain.ReportStatus;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.Registration;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.RegisterNumbers;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import kz.ecase.signing.UnlockedKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of crime reports: a report is received (entered in the book of incident records with
 * its KUI number, its receipt a signed act in the ledger, {@value #ENTRY_TYPE}) and must be decided
 * within the registration term; reports are read with the read audit; the unit's register and the
 * duty prosecutor's queue list them.
 */
@Service
public class CrimeReports {

  public static final String ENTRY_TYPE = "investigations.ReportReceived";
  static final String KUI_REGISTER = "investigations.kui";

  private final ReportStore store;
  private final ReportValidation validation;
  private final ReportActDocument acts;
  private final ActSignatures signatures;
  private final RegisterNumbers numbers;
  private final Ledger ledger;
  private final LawValues law;
  private final ProcedureCalendar calendar;
  private final ReportScopes scopes;
  private final Authorization authorization;
  private final StaffAlerts alerts;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CrimeReports(
      ReportStore store,
      ReportValidation validation,
      ReportActDocument acts,
      ActSignatures signatures,
      RegisterNumbers numbers,
      Ledger ledger,
      LawValues law,
      ProcedureCalendar calendar,
      ReportScopes scopes,
      Authorization authorization,
      StaffAlerts alerts,
      TransactionTemplate transactions,
      Clock clock) {
    this.store = store;
    this.validation = validation;
    this.acts = acts;
    this.signatures = signatures;
    this.numbers = numbers;
    this.ledger = ledger;
    this.law = law;
    this.calendar = calendar;
    this.scopes = scopes;
    this.authorization = authorization;
    this.alerts = alerts;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Receives a report; the same idempotency key by the same user answers the report it received.
   *
   * @throws AccessDeniedException unless the role may edit records (officers, investigators, heads)
   */
  public StoredReport receive(CurrentUser user, ReportForm form) {
    if (user.role() == Role.CITIZEN || !user.role().allows(Action.EDIT_RECORD)) {
      throw new AccessDeniedException("Role does not allow receiving reports");
    }
    ValidReport report = validation.check(form);
    var earlier = store.findByKey(user.username(), report.idempotencyKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    UnlockedKey key = signatures.unlock(user, form.pin());
    try {
      return transactions.execute(status -> record(user, user.unit(), report, key));
    } catch (DuplicateKeyException e) {
      return store.findByKey(user.username(), report.idempotencyKey()).orElseThrow(() -> e);
    }
  }

  /**
   * Records a report received by {@code user} for {@code unit} in the caller's transaction; its act
   * is signed with {@code key}, or (a citizen's on-line statement) {@code key} is null and the act
   * is unsigned.
   */
  StoredReport record(CurrentUser user, UnitCode unit, ValidReport r, UnlockedKey key) {
    Instant now = clock.instant();
    int year = calendar.dateOf(now).getYear();
    String counter = kz.ecase.investigations.domain.ErdrNumber.counterUnit(unit);
    String kui =
        String.format("%02d%s%06d", year % 100, counter, numbers.next(KUI_REGISTER, counter, year));
    Duration term = law.on("investigations.registration-term", calendar.dateOf(now)).duration();
    Instant deadline = now.plus(term);
    UUID id = UUID.randomUUID();
    RecordScope scope = new RecordScope(unit, r.reporterIin());
    StoredDocument pdf =
        acts.render(
            ReportAct.RECEIPT,
            kui,
            user,
            unit.value(),
            now,
            receiptFacts(kui, r, deadline),
            "",
            scope);
    SignedAct act =
        key == null
            ? signatures.unsigned(pdf, "report-" + kui + "-receipt")
            : signatures.sign(user, key, pdf, "report-" + kui + "-receipt");
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("report", id.toString()),
                user.username(),
                unit,
                r.reporterIin(),
                now,
                payload(kui, r, deadline),
                act.attachments()));
    StoredReport stored =
        new StoredReport(
            id,
            kui,
            unit.value(),
            r.source().name(),
            r.reporterIin() == null ? null : r.reporterIin().value(),
            r.reporterBin(),
            r.reporterName(),
            r.description(),
            r.place(),
            r.occurredAt(),
            now,
            user.username(),
            deadline,
            r.idempotencyKey(),
            act.documentSha256(),
            act.attachments().size() > 1 ? act.attachments().get(1).sha256() : null,
            receipt);
    store.add(stored);
    alerts.raise(
        StaffAlert.toRole(
                now,
                unit,
                Role.DUTY_PROSECUTOR,
                "investigations.report-received",
                "Report КУИ " + kui + " received: to be decided by " + acts.time(deadline),
                "/investigations/reports/" + id,
                "report-received:" + id)
            .saying("alert.report-received", kui, acts.time(deadline)));
    return stored;
  }

  private List<Fact> receiptFacts(String kui, ValidReport r, Instant deadline) {
    return List.of(
        new Fact("КУИ №", kui),
        new Fact("Источник", r.source().titleRu()),
        new Fact("Заявитель", r.reporterLine()),
        new Fact("Время события", acts.time(r.occurredAt())),
        new Fact("Место", r.place()),
        new Fact("Содержание", r.description()),
        new Fact("Решение принять до", acts.time(deadline)));
  }

  private static Map<String, Object> payload(String kui, ValidReport r, Instant deadline) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("kuiNumber", kui);
    payload.put("source", r.source().name());
    if (r.reporterBin() != null) {
      payload.put("reporterBin", r.reporterBin());
    }
    payload.put("place", r.place());
    payload.put("description", r.description());
    if (r.occurredAt() != null) {
      payload.put("occurredAt", r.occurredAt().toString());
    }
    payload.put("registrationDeadline", deadline.toString());
    return payload;
  }

  /**
   * The report for the user, the read recorded in the audit.
   *
   * @throws NotFoundException for an unknown report or one the user may not see
   */
  public ReportView view(CurrentUser user, String reportId, String purpose) {
    if (!user.role().allows(Action.VIEW_RECORD)) {
      throw new AccessDeniedException("Your role does not see case files");
    }
    UUID id = ReportIds.parse(reportId);
    return transactions.execute(
        tx -> {
          StoredReport report = store.find(id).orElseThrow(ReportIds::notFound);
          List<Registration> registrations = store.registrations(id);
          String gravity =
              registrations.isEmpty()
                  ? null
                  : registrations.get(registrations.size() - 1).gravity();
          RecordScope scope = scopes.of(report, gravity);
          authorization.requireRead("report/" + id, scope, purpose);
          List<RecordedStep> steps = store.steps(id);
          ReportStatus status =
              steps.isEmpty()
                  ? ReportStatus.RECEIVED
                  : ReportStatus.valueOf(steps.get(steps.size() - 1).to());
          return new ReportView(
              report,
              status,
              steps,
              registrations,
              scope.secrecy() == RecordScope.Secrecy.RESTRICTED);
        });
  }
}
