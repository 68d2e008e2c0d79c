package kz.ecase.investigations;

import static kz.ecase.investigations.ReportApi.auth;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The register of crime reports and the duty prosecutor on-line, through the HTTP API as the duty
 * desk, the investigator and the duty prosecutor use it.
 */
@EcaseIntegrationTest
class ReportRegisterIT {

  static final String PIN = "135790";
  static final String ADMIN_PIN = "975310";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired RegistrationTermSweep sweep;

  HttpClientSession http;
  ReportApi officer;
  ReportApi investigator;
  ReportApi prosecutor;

  @BeforeEach
  void staffWithSigningKeys() {
    http = new HttpClientSession(port);
    officer = ReportApi.withPin(http, "officer", PIN);
    investigator = ReportApi.withPin(http, "investigator", PIN);
    prosecutor = ReportApi.withPin(http, "duty-prosecutor", PIN);
  }

  @Test
  void theftReportRegisteredReturnedWithRemarksCorrectedAndConfirmed(@TempDir Path dir)
      throws Exception {
    String id = officer.receive(ReportApi.theft(PIN));
    assertThat(investigator.status(id)).isEqualTo("RECEIVED");
    assertThat(queueIds()).doesNotContain(id);

    JsonNode registered = investigator.stepped(id, decision("REGISTER", PIN, "article", "188-1"));
    assertThat(registered.get("to").asString()).isEqualTo("REGISTERED");
    assertThat(queueIds()).contains(id);
    String number = erdrNumberOf(id);
    assertThat(number).matches("[0-9]{15}").startsWith(year2() + "710001" + "1");

    prosecutor.stepped(
        id, decision("RETURN", PIN, "reasons", "Взлом жилища: квалифицируйте по части 2"));
    assertThat(investigator.status(id)).isEqualTo("RETURNED");
    assertThat(queueIds()).doesNotContain(id);

    investigator.stepped(id, decision("REGISTER", PIN, "article", "188-2"));
    prosecutor.stepped(id, decision("CONFIRM_REGISTRATION", PIN));

    JsonNode report = investigator.report(id).json();
    assertThat(report.get("status").asString()).isEqualTo("REGISTRATION_CONFIRMED");
    assertThat(report.get("registrations")).hasSize(2);
    assertThat(report.get("registrations").get(0).get("articleCode").asString()).isEqualTo("188-1");
    assertThat(report.get("registrations").get(1).get("articleCode").asString()).isEqualTo("188-2");
    assertThat(report.get("registrations").get(1).get("erdrNumber").asString())
        .as("a corrected registration keeps its number")
        .isEqualTo(number);
    assertThat(stepsOf(report))
        .containsExactly("REGISTER", "RETURN", "REGISTER", "CONFIRM_REGISTRATION");
    investigator.assertBundleVerifies(id, 5);
    for (JsonNode step : report.get("steps")) {
      investigator.assertActVerifiesWithOpenssl(
          step.get("documentSha256").asString(),
          java.nio.file.Files.createDirectories(dir.resolve(step.get("seq").asString())));
    }
    officer.assertActVerifiesWithOpenssl(
        report.get("report").get("documentSha256").asString(), dir);
  }

  @Test
  void anIllegalRefusalIsAnnulledAndTheReportIsThenRegistered() throws Exception {
    String id = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(
        id, decision("REFUSE", PIN, "reasons", "Нет события преступления: вещь найдена"));
    assertThat(queueIds()).contains(id);

    prosecutor.stepped(
        id,
        decision(
            "ANNUL_REFUSAL",
            PIN,
            "article",
            "188-1",
            "reasons",
            "Кража подтверждается заявлением и осмотром места"));

    JsonNode report = investigator.report(id).json();
    assertThat(report.get("status").asString()).isEqualTo("REGISTRATION_CONFIRMED");
    assertThat(erdrNumberOf(id)).matches("[0-9]{15}");
    assertThat(queueIds()).doesNotContain(id);
    investigator.assertBundleVerifies(id, 3);
  }

  @Test
  void aStepTheStateDoesNotAllowOrWithoutItsFieldsChangesNothing() {
    String id = officer.receive(ReportApi.theft(PIN));

    Reply confirm = prosecutor.step(id, decision("CONFIRM_REGISTRATION", PIN));
    Reply refuseBare = investigator.step(id, decision("REFUSE", ""));
    Reply wrongArticle = investigator.step(id, decision("REGISTER", PIN, "article", "999-9"));
    Reply byCitizen =
        new ReportApi(http, http.token("citizen", "demo"))
            .step(id, decision("REGISTER", PIN, "article", "188-1"));

    assertThat(confirm.status()).isEqualTo(409);
    assertThat(confirm.json().get("type").asString()).endsWith("illegal-step");
    assertThat(refuseBare.status()).isEqualTo(400);
    assertThat(refuseBare.body()).contains("\"reasons\"").contains("\"pin\"");
    assertThat(wrongArticle.status()).isEqualTo(400);
    assertThat(wrongArticle.body()).contains("\"article\"");
    assertThat(byCitizen.status()).isIn(403, 404);
    assertThat(investigator.status(id)).isEqualTo("RECEIVED");
    assertThat(investigator.report(id).json().get("steps")).isEmpty();
  }

  @Test
  void receivingNamesEveryFieldAtFaultAtOnceAndStoresNothing() {
    long before = count("crime_reports");
    Map<String, Object> form = new HashMap<>();
    form.put("source", "GOSSIP");
    form.put("reporterIin", "123456789012");
    form.put("description", "");
    form.put("place", "");
    form.put("idempotencyKey", UUID.randomUUID().toString());

    Reply reply = officer.submit(form);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body())
        .contains("\"source\"")
        .contains("\"reporterIin\"")
        .contains("\"description\"")
        .contains("\"place\"")
        .contains("\"pin\"");
    assertThat(count("crime_reports")).isEqualTo(before);
  }

  @Test
  void aReportLeftUndecidedPastItsTermIsRecordedOnceAndAlertsTheDutyProsecutorAndTheHead() {
    String id = officer.receive(ReportApi.theft(PIN));
    Instant later = Instant.now().plus(Duration.ofHours(25));

    sweep.sweep(later);
    sweep.sweep(later.plusSeconds(60));

    JsonNode report = investigator.report(id).json();
    assertThat(stepsOf(report)).containsExactly("MISS_REGISTRATION_TERM");
    assertThat(report.get("steps").get(0).get("actor").asString()).isEqualTo("system");
    assertThat(report.get("status").asString()).isEqualTo("RECEIVED");
    String kui = report.get("report").get("kuiNumber").asString();
    assertThat(alertTexts("duty-prosecutor")).anyMatch(t -> t.contains(kui));
    assertThat(alertTexts("head")).anyMatch(t -> t.contains(kui));
    Reply counts = http.get(ReportApi.REPORTS + "/counts", auth(investigator.token));
    assertThat(counts.json().get("TERM_MISSED").asLong()).isPositive();
    investigator.stepped(id, decision("REGISTER", PIN, "article", "188-1"));
    assertThat(investigator.status(id)).isEqualTo("REGISTERED");
  }

  @Test
  void aDecisionLeftUncheckedPastTheWaitAlertsTheSupervisingProsecutorOnce() {
    String id = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(id, decision("REGISTER", PIN, "article", "188-1"));
    String kui = investigator.report(id).json().get("report").get("kuiNumber").asString();
    Instant later = Instant.now().plus(Duration.ofHours(25));

    sweep.sweep(later);
    sweep.sweep(later.plusSeconds(60));

    assertThat(alertTexts("supervisor").stream().filter(t -> t.contains(kui)).count()).isEqualTo(1);
  }

  @Test
  void aUserOfAnotherUnitGets404OnEveryReport() {
    String id = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(id, decision("REGISTER", PIN, "article", "188-1"));
    String stranger = accountIn("710002", "INVESTIGATOR");
    String strangerProsecutor = accountIn("710002", "DUTY_PROSECUTOR");
    ReportApi other = new ReportApi(http, http.token(stranger, "initial-password"));
    assertThat(http.putJson("/api/signing/pin", Map.of("pin", PIN), auth(other.token)).status())
        .isEqualTo(201);
    ReportApi otherProsecutor =
        new ReportApi(http, http.token(strangerProsecutor, "initial-password"));

    assertThat(other.report(id).status()).isEqualTo(404);
    assertThat(other.step(id, decision("REFUSE", PIN, "reasons", "x")).status()).isEqualTo(404);
    assertThat(otherProsecutor.step(id, decision("CONFIRM_REGISTRATION", PIN)).status())
        .isIn(404, 409);
    assertThat(http.get("/api/ledger/bundles/report/" + id, auth(other.token)).status())
        .isEqualTo(404);
    assertThat(http.get("/api/investigations/queue", auth(otherProsecutor.token)).body())
        .doesNotContain(id);
    assertThat(investigator.status(id)).isEqualTo("REGISTERED");
  }

  @Test
  void aDutyProsecutorWithAPhoneGetsTheAlertBySmsToo() {
    String phone = "+7701" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
    accountIn("710001", "DUTY_PROSECUTOR", phone);

    String id = officer.receive(ReportApi.theft(PIN));

    String kui = investigator.report(id).json().get("report").get("kuiNumber").asString();
    List<String> texts =
        jdbc.sql("select text from sms_outbox where recipient = :phone")
            .param("phone", phone)
            .query(String.class)
            .list();
    assertThat(texts).hasSize(1);
    assertThat(texts.get(0)).contains(kui);
  }

  @Test
  void aCitizensOnLineStatementReachesTheChosenDepartmentAndTheCitizenFollowsIt() {
    String citizen = http.token("citizen", "demo");
    Map<String, Object> statement = new HashMap<>();
    statement.put("unit", "710001");
    statement.put("description", "У подъезда разбили окно автомобиля и похитили сумку");
    statement.put("place", "Астана, ул. Сыганак, 10");
    statement.put("idempotencyKey", UUID.randomUUID().toString());

    Reply filed = http.postJson("/api/investigations/statements", statement, auth(citizen));

    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String id = filed.json().get("id").asString();
    String kui = filed.json().get("kuiNumber").asString();
    JsonNode report = investigator.report(id).json();
    assertThat(report.get("report").get("source").asString()).isEqualTo("ONLINE_STATEMENT");
    assertThat(report.get("report").get("reporterIin").asString()).isEqualTo("850315401231");
    assertThat(http.get("/api/investigations/reports/" + id, auth(citizen)).status())
        .isEqualTo(200);
    assertThat(http.get("/api/investigations/statements", auth(citizen)).body()).contains(kui);
    assertThat(alertTexts("duty-prosecutor")).anyMatch(t -> t.contains(kui));
    Reply bad =
        http.postJson(
            "/api/investigations/statements",
            Map.of("unit", "999999", "idempotencyKey", "k"),
            auth(citizen));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"unit\"").contains("\"description\"").contains("\"place\"");
  }

  @Test
  void theDutyProsecutorLogsAVisitLinkedToAReportByItsKuiNumber() {
    String id = officer.receive(ReportApi.theft(PIN));
    String kui = investigator.report(id).json().get("report").get("kuiNumber").asString();
    Map<String, Object> visit = new HashMap<>();
    visit.put("visitorIin", "850315401231");
    visit.put("topic", "Ход рассмотрения заявления о краже");
    visit.put("outcome", "CONSULTATION");
    visit.put("explained", "Разъяснён срок регистрации и право обжаловать отказ");
    visit.put("reportNumber", kui);

    Reply recorded = http.postJson("/api/investigations/receptions", visit, auth(prosecutor.token));
    visit.put("reportNumber", "99999999999999");
    Reply unknown = http.postJson("/api/investigations/receptions", visit, auth(prosecutor.token));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().get("reportId").asString()).isEqualTo(id);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"reportNumber\"");
    Reply log = http.get("/api/investigations/receptions", auth(prosecutor.token));
    assertThat(log.body()).contains(recorded.json().get("id").asString());
  }

  @Test
  void alertsAreSaidInTheReadersLanguage() {
    String id = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(id, decision("REGISTER", PIN, "article", "188-1"));
    String kui = investigator.report(id).json().get("report").get("kuiNumber").asString();
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("duty-prosecutor", "demo");

    String russian = browser.get("/alerts/panel?lang=ru").body();
    String kazakh = browser.get("/alerts/panel?lang=kk").body();

    assertThat(russian).contains("На проверку: регистрация сообщения КУИ № " + kui);
    assertThat(kazakh).contains("Тексеруге: АЕК № " + kui + " хабарламасын тіркеу");
  }

  private List<String> queueIds() {
    Reply queue = http.get("/api/investigations/queue?limit=500", auth(prosecutor.token));
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    return queue.json().valueStream().map(line -> line.get("id").asString()).toList();
  }

  private String erdrNumberOf(String id) {
    JsonNode registrations = investigator.report(id).json().get("registrations");
    return registrations.get(registrations.size() - 1).get("erdrNumber").asString();
  }

  private static List<String> stepsOf(JsonNode report) {
    return report.get("steps").valueStream().map(s -> s.get("step").asString()).toList();
  }

  private List<String> alertTexts(String username) {
    Reply alerts = http.get("/api/alerts?limit=200", auth(http.token(username, "demo")));
    assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
    return alerts.json().valueStream().map(a -> a.get("text").asString()).toList();
  }

  private String accountIn(String unit, String role) {
    return accountIn(unit, role, null);
  }

  private String accountIn(String unit, String role, String phone) {
    return kz.ecase.TestAccounts.create(http, unit, role, phone);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private static String year2() {
    return String.format(
        "%02d", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).getYear() % 100);
  }
}
