package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.investigations.ReportApi.auth;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.investigations.ReportApi;
import kz.ecase.testing.ClockAheadChild;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's terms in simulated time, with no real waiting: the packaged app as a child process on
 * a database of its own opens a general-form case whose term is extended on-line by the supervising
 * prosecutor; started again with its clock past the extended deadline, its own sweep records the
 * expiry without a decision (by the system, once) and alerts the investigator.
 */
@EcaseIntegrationTest
class CaseClockAheadIT {

  static final String PIN = "314159";
  static final Map<String, String> SWEEP = Map.of("ECASE_CASES_SWEEP_INTERVAL", "PT1S");

  @Autowired DataSource dataSource;

  ClockAheadChild app;

  @BeforeEach
  void ownDatabase() {
    app = new ClockAheadChild(dataSource, "case_ahead");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aGeneralCaseExtendedOnLineIsRecordedAsRunOutWhenItsExtendedTermPasses() {
    app.start("case-ahead-0", null, SWEEP);
    String[] opened =
        app.watched(
            () -> {
              HttpClientSession http = new HttpClientSession(app.child().port());
              ReportApi officer = ReportApi.withPin(http, "officer", PIN);
              ReportApi investigatorReports = ReportApi.withPin(http, "investigator", PIN);
              CaseApi investigator = CaseApi.of(investigatorReports, PIN);
              CaseApi supervisor = CaseApi.of(ReportApi.withPin(http, "supervisor", PIN), PIN);
              String report = officer.receive(ReportApi.theft(PIN));
              investigatorReports.stepped(report, decision("REGISTER", PIN, "article", "188-3"));
              String caseId = investigator.caseOfReport(report);
              Instant deadline =
                  Instant.parse(investigator.viewed(caseId).get("deadline").asString());
              JsonNode request =
                  investigator.signed(
                      caseId,
                      document(
                          "EXTEND_TERM", "Ждём заключения судебной экспертизы", "period", "P1M"));
              Reply approved = supervisor.decide(request.get("id").asString(), "APPROVE", null);
              assertThat(approved.status()).as(approved.body()).isEqualTo(201);
              Instant extended =
                  Instant.parse(investigator.viewed(caseId).get("deadline").asString());
              assertThat(extended).isAfter(deadline.plus(Duration.ofDays(27)));
              return new String[] {caseId, extended.toString()};
            });
    Instant extended = Instant.parse(opened[1]);
    Duration ahead = Duration.between(Instant.now(), extended).plus(Duration.ofHours(1));

    app.start("case-ahead-past-term", ahead.toString(), SWEEP);
    JsonNode missed =
        app.watched(
            () ->
                Eventually.within(
                    Duration.ofSeconds(60),
                    () -> view(opened[0]),
                    c -> steps(c).contains("MISS_TERM")));
    JsonNode last = missed.get("steps").get(missed.get("steps").size() - 1);
    assertThat(last.get("step").asString()).isEqualTo("MISS_TERM");
    assertThat(last.get("actor").asString()).isEqualTo("system");
    assertThat(steps(missed).stream().filter("MISS_TERM"::equals).count()).isEqualTo(1);
    assertThat(get("investigator", "/api/alerts").body()).contains("cases.term-expired");
    assertThat(get("supervisor", "/api/alerts").body()).contains("cases.term-expired");
  }

  private JsonNode view(String caseId) {
    Reply reply = get("investigator", "/api/cases/" + caseId);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> steps(JsonNode c) {
    return c.get("steps").valueStream().map(s -> s.get("step").asString()).toList();
  }

  private Reply get(String user, String path) {
    HttpClientSession http = new HttpClientSession(app.child().port());
    return http.get(path, auth(http.token(user, "demo")));
  }
}
