package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.ecase.HttpClientSession;
import kz.ecase.investigations.ReportApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The staff who take a shoplifting case to court in the order procedure through the HTTP API: the
 * officer receives the report, the investigator registers the case, recognises the victim, records
 * the suspect's admission (with an audio file) and signs the order-procedure protocol, and the duty
 * prosecutor approves it, which sends the case to court (a row of the court outbox).
 */
final class OrderProcedureCases {

  static final String SUSPECT = "791028302728";
  static final String VICTIM = "850315401231";

  final ReportApi officer;
  final ReportApi investigatorReports;
  final CaseApi investigator;
  final CaseApi dutyProsecutor;
  private final String pin;

  OrderProcedureCases(HttpClientSession http, String pin) {
    this.pin = pin;
    officer = ReportApi.withPin(http, "officer", pin);
    investigatorReports = ReportApi.withPin(http, "investigator", pin);
    investigator = CaseApi.of(investigatorReports, pin);
    dutyProsecutor = CaseApi.of(ReportApi.withPin(http, "duty-prosecutor", pin), pin);
  }

  /** A new case whose order-procedure protocol the duty prosecutor approved; its id. */
  String approved() {
    String reportId = officer.receive(ReportApi.theft(pin));
    investigatorReports.stepped(
        reportId, decision("REGISTER", pin, "article", "188-1", "form", "ORDER_PROCEDURE"));
    String caseId = investigator.caseOfReport(reportId);
    String suspect = investigator.participant(caseId, "SUSPECT", SUSPECT);
    String victim = investigator.participant(caseId, "VICTIM", VICTIM);
    investigator.signed(
        caseId,
        document("RECOGNISE_VICTIM", "Хищением ноутбука причинён вред", "participantId", victim));
    String audio = investigator.upload(caseId, "dopros.mp3", "audio/mpeg", new byte[] {1, 2, 3, 4});
    investigator.signed(
        caseId,
        document(
            "INTERROGATION_PROTOCOL",
            "Вину признаю полностью.",
            "participantId",
            suspect,
            "admits",
            true,
            "media",
            List.of(Map.of("name", "dopros.mp3", "sha256", audio))));
    JsonNode protocol =
        investigator.signed(caseId, document("ORDER_PROTOCOL", "Вина подтверждается признанием"));
    assertThat(dutyProsecutor.decide(protocol.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);
    return caseId;
  }

  /** The reference of the case's {@code n}-th sending to court. */
  static String referenceOf(JdbcClient jdbc, String caseId, int n) {
    List<String> references =
        jdbc.sql("select reference from court_referrals where case_id = :id::uuid order by seq")
            .param("id", caseId)
            .query(String.class)
            .list();
    assertThat(references).hasSizeGreaterThanOrEqualTo(n);
    return references.get(n - 1);
  }
}
