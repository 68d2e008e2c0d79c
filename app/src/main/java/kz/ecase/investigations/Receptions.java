package kz.ecase.investigations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.UnitsUnder;
import kz.ecase.kernel.Iin;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty prosecutor's reception of citizens: who came (IIN), about what, what was explained or
 * done (a report received, a complaint, a consultation), linked to the report (by its KUI number)
 * when there is one. Each visit is a fact in the ledger ({@value #ENTRY_TYPE}); the log is read
 * with the audit.
 */
@Service
public class Receptions {

  public static final String ENTRY_TYPE = "investigations.CitizenReceived";
  static final int MAX_TOPIC = 500;
  static final int MAX_EXPLAINED = 4000;

  /** One visit, as the log shows it. */
  public record Visit(
      UUID id,
      String unit,
      String visitorIin,
      String topic,
      String outcome,
      String explained,
      UUID reportId,
      Instant receivedAt,
      String receivedBy) {}

  /** What the prosecutor writes down about a visit. */
  public record VisitForm(
      String visitorIin, String topic, String outcome, String explained, String reportNumber) {}

  private final JdbcClient jdbc;
  private final ReportStore reports;
  private final Ledger ledger;
  private final Authorization authorization;
  private final Clock clock;

  Receptions(
      JdbcClient jdbc,
      ReportStore reports,
      Ledger ledger,
      Authorization authorization,
      Clock clock) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.ledger = ledger;
    this.authorization = authorization;
    this.clock = clock;
  }

  @Transactional
  public Visit record(CurrentUser user, VisitForm form) {
    requireProsecutor(user);
    Visit visit = check(user, form);
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("reception", visit.id().toString()),
                user.username(),
                user.unit(),
                Iin.of(visit.visitorIin()),
                visit.receivedAt(),
                payload(visit),
                List.of()));
    jdbc.sql(
            "insert into prosecutor_receptions (id, unit, visitor_iin, topic, outcome, explained,"
                + " report_id, received_at, received_by, receipt) values (:id, :unit, :iin,"
                + " :topic, :outcome, :explained, :report, :at, :by, :receipt)")
        .param("id", visit.id())
        .param("unit", visit.unit())
        .param("iin", visit.visitorIin())
        .param("topic", visit.topic())
        .param("outcome", visit.outcome())
        .param("explained", visit.explained())
        .param("report", visit.reportId())
        .param("at", Timestamp.from(visit.receivedAt()))
        .param("by", visit.receivedBy())
        .param("receipt", receipt)
        .update();
    return visit;
  }

  /** The visits to the prosecutors of the user's units, newest first; the read is audited. */
  @Transactional
  public List<Visit> log(CurrentUser user, int limit) {
    requireProsecutor(user);
    authorization.requireRead(
        "receptions/" + user.unit().value(),
        RecordScope.ofUnit(user.unit()),
        "the duty prosecutor's reception log");
    return jdbc.sql(
            "select * from prosecutor_receptions where "
                + UnitsUnder.condition("unit", user.unit().value())
                + " order by received_at desc limit :limit")
        .param("units", UnitsUnder.parameter(user.unit().value()))
        .param("limit", ReportRegister.limit(limit))
        .query(
            (rs, row) ->
                new Visit(
                    rs.getObject("id", UUID.class),
                    rs.getString("unit"),
                    rs.getString("visitor_iin"),
                    rs.getString("topic"),
                    rs.getString("outcome"),
                    rs.getString("explained"),
                    rs.getObject("report_id", UUID.class),
                    rs.getTimestamp("received_at").toInstant(),
                    rs.getString("received_by")))
        .list();
  }

  private Visit check(CurrentUser user, VisitForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    String iin = form.visitorIin() == null ? "" : form.visitorIin().strip();
    Iin.check(iin).ifPresent(violation -> problems.put("visitorIin", violation.message()));
    String topic = required(form.topic(), "topic", MAX_TOPIC, problems);
    String explained = required(form.explained(), "explained", MAX_EXPLAINED, problems);
    String outcome = form.outcome() == null ? "" : form.outcome().strip();
    if (!List.of("REPORT_RECEIVED", "COMPLAINT", "CONSULTATION").contains(outcome)) {
      problems.put("outcome", "One of REPORT_RECEIVED, COMPLAINT, CONSULTATION");
    }
    UUID reportId = null;
    String number = form.reportNumber() == null ? "" : form.reportNumber().strip();
    if (!number.isEmpty()) {
      reportId =
          reports
              .findByKui(number)
              .filter(r -> user.unit().covers(kz.ecase.kernel.UnitCode.of(r.unit())))
              .map(ReportStore.StoredReport::id)
              .orElse(null);
      if (reportId == null) {
        problems.put("reportNumber", "No report of your units has this KUI number");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Visit(
        UUID.randomUUID(),
        user.unit().value(),
        iin,
        topic,
        outcome,
        explained,
        reportId,
        clock.instant(),
        user.username());
  }

  private static String required(
      String value, String field, int max, Map<String, String> problems) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      problems.put(field, "Required");
    } else if (text.length() > max) {
      problems.put(field, "At most " + max + " characters");
    }
    return text;
  }

  private static Map<String, Object> payload(Visit visit) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("topic", visit.topic());
    payload.put("outcome", visit.outcome());
    payload.put("explained", visit.explained());
    if (visit.reportId() != null) {
      payload.put("reportId", visit.reportId().toString());
    }
    return payload;
  }

  private static void requireProsecutor(CurrentUser user) {
    if ((user.role() != Role.DUTY_PROSECUTOR && user.role() != Role.SUPERVISING_PROSECUTOR)
        || !user.role().allows(Action.REVIEW_LEGALITY)) {
      throw new AccessDeniedException("Receptions are the prosecutor's");
    }
  }
}
