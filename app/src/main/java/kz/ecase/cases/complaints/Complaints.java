package kz.ecase.cases.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.RegisterNumbers;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlerts;
import kz.ecase.signing.UnlockedKey;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints against actions and decisions of the police (CPC 2014 art. 105-106): filed by a person
 * on the portal (a participant, a lawyer, any citizen) or received by a prosecutor, each registered
 * with its number and term ({@code cases.complaint-term}) and assigned to the supervising
 * prosecutor over the unit; a prosecutor decides it by a signed decision — upheld (the act
 * complained of is marked in its case and the investigator alerted) or rejected with reasons — and
 * the units' figures count them, as the seeds report them.
 */
@Service
public class Complaints {

  static final String REGISTER = "cases.complaints";
  static final int MAX_TEXT = 8000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** A complaint as filed. */
  public record ComplaintForm(
      String unit, String erdrNumber, String documentId, String complainantIin, String text) {}

  private final ComplaintStore store;
  private final ComplaintTargets targets;
  private final RegisterNumbers numbers;
  private final Ledger ledger;
  private final Documents documents;
  private final ActSignatures acts;
  private final StaffAlerts alerts;
  private final Authorization authorization;
  private final Directory directory;
  private final LawValues law;
  private final ProcedureCalendar calendar;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Complaints(
      ComplaintStore store,
      ComplaintTargets targets,
      RegisterNumbers numbers,
      Ledger ledger,
      Documents documents,
      ActSignatures acts,
      StaffAlerts alerts,
      Authorization authorization,
      Directory directory,
      LawValues law,
      ProcedureCalendar calendar,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.targets = targets;
    this.numbers = numbers;
    this.ledger = ledger;
    this.documents = documents;
    this.acts = acts;
    this.alerts = alerts;
    this.authorization = authorization;
    this.directory = directory;
    this.law = law;
    this.calendar = calendar;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** Files a complaint; every field at fault is answered at once. */
  @Transactional
  public Complaint file(CurrentUser user, ComplaintForm form) {
    boolean prosecutor = prosecutor(user);
    if (!prosecutor && !user.role().personal()) {
      throw new AccessDeniedException(
          "Complaints are filed by persons on the portal or received by a prosecutor");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String unit = form.unit() == null ? "" : form.unit().strip();
    boolean knownUnit =
        unit.length() == 6
            && directory.units().stream().anyMatch(u -> u.code().value().equals(unit));
    if (!knownUnit) {
      problems.put("unit", "The police department complained of (its six-digit code)");
    } else if (prosecutor && !user.unit().covers(UnitCode.of(unit))) {
      problems.put("unit", "A department of your jurisdiction");
    }
    String erdr = blank(form.erdrNumber()) ? null : form.erdrNumber().strip();
    if (erdr != null && !erdr.matches("[0-9]{15}")) {
      problems.put("erdrNumber", "The case's ERDR number: 15 digits");
    }
    UUID documentId = null;
    if (!blank(form.documentId())) {
      documentId = targets.documentOf(erdr, form.documentId().strip()).orElse(null);
      if (documentId == null) {
        problems.put("documentId", "Not a document of the case named");
      }
    }
    String complainant = prosecutor ? form.complainantIin() : user.iin().value();
    if (complainant == null || Iin.check(complainant.strip()).isPresent()) {
      problems.put("complainantIin", "The complainant's IIN: 12 digits with a valid check digit");
    }
    String text = form.text() == null ? "" : form.text().strip();
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      problems.put("text", "What is complained of and why (1 to " + MAX_TEXT + " characters)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    int year = calendar.dateOf(now).getYear();
    String number =
        "Ж-%02d-%s-%06d".formatted(year % 100, unit, numbers.next(REGISTER, unit, year));
    Instant deadline =
        now.atZone(calendar.zone())
            .plus(law.on("cases.complaint-term", calendar.dateOf(now)).period())
            .toInstant();
    UUID id = UUID.randomUUID();
    Complaint complaint =
        new Complaint(
            id,
            number,
            unit,
            erdr,
            documentId,
            complainant.strip(),
            user.username(),
            user.role().name(),
            now,
            text,
            deadline,
            null,
            null,
            null,
            null,
            null);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("number", number);
    if (erdr != null) {
      payload.put("erdrNumber", erdr);
    }
    if (documentId != null) {
      payload.put("document", documentId.toString());
    }
    payload.put("text", text);
    payload.put("deadline", deadline.toString());
    long receipt =
        ledger.record(
            new LedgerEvent(
                "cases.ComplaintFiled",
                new RecordRef("complaint", id.toString()),
                user.username(),
                UnitCode.of(unit),
                Iin.of(complainant.strip()),
                now,
                payload,
                List.of()));
    store.add(complaint, receipt);
    alerts.raise(
        StaffAlert.toRole(
                now,
                UnitCode.of(unit),
                Role.SUPERVISING_PROSECUTOR,
                "cases.complaint",
                "Complaint " + number + " against the police: to be decided by " + deadline,
                null,
                "complaint-" + id)
            .saying("alert.cases.complaint", number));
    return complaint;
  }

  /**
   * A prosecutor's decision on a complaint of their jurisdiction, signed with the PIN. The key is
   * opened before the decision's transaction (a wrong PIN counts in a transaction of its own, and
   * the decision holds one connection).
   *
   * @param upheld true: the complaint is upheld; false: rejected with reasons
   */
  public Complaint decide(
      CurrentUser user, String complaintId, Boolean upheld, String reasons, String pin) {
    if (!prosecutor(user)) {
      throw new AccessDeniedException("A prosecutor decides complaints against the police");
    }
    Complaint complaint = store.find(parse(complaintId)).orElseThrow(Complaints::notFound);
    RecordScope scope =
        new RecordScope(UnitCode.of(complaint.unit()), Iin.of(complaint.complainantIin()));
    authorization.require(Action.REVIEW_LEGALITY, scope);
    Map<String, String> problems = new LinkedHashMap<>();
    if (upheld == null) {
      problems.put("decision", "UPHELD or REJECTED");
    }
    String why = reasons == null ? "" : reasons.strip();
    if (why.isEmpty() || why.length() > 4000) {
      problems.put("reasons", "The reasons of the decision (1 to 4000 characters)");
    }
    if (pin == null || pin.isBlank()) {
      problems.put("pin", "Your signing PIN is required to sign the decision");
    }
    if (complaint.decision() != null) {
      problems.put("decision", "The complaint was decided already");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    UnlockedKey key = acts.unlock(user, pin);
    return transactions.execute(status -> record(user, complaint, upheld, why, key, scope));
  }

  private Complaint record(
      CurrentUser user,
      Complaint complaint,
      boolean upheld,
      String why,
      UnlockedKey key,
      RecordScope scope) {
    Instant now = clock.instant();
    String verdict = upheld ? "UPHELD" : "REJECTED";
    StoredDocument pdf = render(complaint, user, verdict, why, now, scope);
    String name = "complaint-" + complaint.number() + "-decision";
    SignedAct act = acts.sign(user, key, pdf, name);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("number", complaint.number());
    payload.put("decision", verdict);
    payload.put("reasons", why);
    long receipt =
        ledger.record(
            new LedgerEvent(
                "cases.ComplaintDecided",
                new RecordRef("complaint", complaint.id().toString()),
                user.username(),
                UnitCode.of(complaint.unit()),
                Iin.of(complaint.complainantIin()),
                now,
                payload,
                new ArrayList<Attachment>(act.attachments())));
    if (!store.decide(
        complaint.id(),
        verdict,
        why,
        user.username(),
        now,
        pdf.sha256(),
        act.attachments().get(1).sha256(),
        receipt)) {
      throw new InvalidInputException("decision", "The complaint was decided already");
    }
    if (upheld) {
      targets.alertInvestigator(complaint, now);
    }
    return store.find(complaint.id()).orElseThrow();
  }

  /** Prosecutors: the complaints about their units; persons: their own. */
  public List<Complaint> list(CurrentUser user, int limit) {
    return user.role().personal() ? mine(user, limit) : queue(user, limit);
  }

  /** A person's own complaints (CITIZEN, LAWYER), the newest first. */
  public List<Complaint> mine(CurrentUser user, int limit) {
    if (!user.role().personal()) {
      throw new AccessDeniedException("A person's own complaints");
    }
    return store.ofComplainant(user.iin().value(), limit(limit));
  }

  /** A prosecutor's complaints about the units of their jurisdiction, waiting first by deadline. */
  public List<Complaint> queue(CurrentUser user, int limit) {
    if (!prosecutor(user)) {
      throw new AccessDeniedException("Complaints are for prosecutors and the complainants");
    }
    return store.ofUnits(user.unit().value(), limit(limit));
  }

  /**
   * Complaints per unit of the user's jurisdiction: received, upheld, rejected, waiting, overdue.
   */
  public Map<String, Map<String, Long>> figures(CurrentUser user) {
    if (user.role().personal()
        || !(user.role().allows(Action.VIEW_STATISTICS) || prosecutor(user))) {
      throw new AccessDeniedException("Figures are for heads, prosecutors and analysts");
    }
    return store.figures(user.unit().value(), clock.instant());
  }

  /** The complaints upheld against documents of a case, by document. */
  public List<Complaint> upheldIn(String erdrNumber) {
    return targets.upheldIn(erdrNumber);
  }

  private StoredDocument render(
      Complaint c,
      CurrentUser author,
      String verdict,
      String reasons,
      Instant at,
      RecordScope scope) {
    List<Map<String, String>> facts = new ArrayList<>();
    facts.add(Map.of("label", "Жалоба №", "value", c.number()));
    facts.add(
        Map.of("label", "Поступила", "value", TIME.format(c.filedAt().atZone(calendar.zone()))));
    facts.add(Map.of("label", "Заявитель (ИИН)", "value", c.complainantIin()));
    if (c.erdrNumber() != null) {
      facts.add(Map.of("label", "Уголовное дело №", "value", c.erdrNumber()));
    }
    facts.add(Map.of("label", "Доводы жалобы", "value", c.text()));
    facts.add(
        Map.of(
            "label",
            "Решение",
            "value",
            "UPHELD".equals(verdict)
                ? "жалобу удовлетворить"
                : "в удовлетворении жалобы отказать"));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("unitName", unitName(author.unit()));
    model.put("act", "Постановление о разрешении жалобы");
    model.put("actKk", "Шағымды шешу туралы қаулы");
    model.put("date", TIME.format(at.atZone(calendar.zone())));
    model.put("facts", facts);
    model.put("reasons", reasons);
    model.put("author", author.displayName());
    model.put(
        "position",
        author.role() == Role.DUTY_PROSECUTOR ? "Дежурный прокурор" : "Надзирающий прокурор");
    return documents.render(
        "investigations-act",
        model,
        scope,
        at,
        new DocumentFacts(
            "Шағымды шешу туралы қаулы", "Постановление о разрешении жалобы", c.number()));
  }

  private String unitName(UnitCode unit) {
    return directory.units().stream()
        .filter(u -> u.code().equals(unit))
        .findFirst()
        .map(u -> "Прокуратура: " + u.nameRu())
        .orElse(unit.value());
  }

  private static boolean prosecutor(CurrentUser user) {
    return user.role() == Role.DUTY_PROSECUTOR || user.role() == Role.SUPERVISING_PROSECUTOR;
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > 500) {
      throw new InvalidInputException("limit", "Between 1 and 500, got " + limit);
    }
    return limit;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound();
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No such complaint");
  }
}
