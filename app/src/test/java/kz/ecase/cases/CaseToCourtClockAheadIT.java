package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.investigations.ReportApi.auth;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.investigations.ReportApi;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.simulators.CourtCase;
import kz.ecase.simulators.CourtSettings;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.ClockAheadChild;
import kz.ecase.testing.Eventually;
import kz.ecase.verifier.CourtFileCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The fast path to court in simulated time, with the court outbox on its own jobs: the packaged app
 * as a child process (its own database, the simulators of this test as its registries and its
 * court) registers a shoplifting case in the order procedure and takes the suspect's admission;
 * started again a day ahead, the investigator signs the order-procedure protocol and the duty
 * prosecutor approves it in one step; the child's dispatcher sends the case file, the court decides
 * by itself, the child's poll brings the decision back and the case is closed, within 3 simulated
 * days of its registration. The file the court got checks offline with the child's key.
 */
@EcaseIntegrationTest
class CaseToCourtClockAheadIT {

  static final String PIN = "271828";

  @Autowired DataSource dataSource;

  ClockAheadChild app;

  @BeforeEach
  void ownDatabase() {
    app = new ClockAheadChild(dataSource, "court_ahead");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void shopliftingIsDecidedByTheCourtAndClosedWithinThreeSimulatedDays() throws IOException {
    RegistrySimulators simulators = app.simulators();
    simulators.court().configure(CourtSettings.autoDecidingAfter(Duration.ofSeconds(2)));
    Map<String, String> court =
        Map.of(
            "ECASE_COURT_URL", simulators.baseUrl() + "/court",
            "ECASE_COURT_DISPATCH", "PT1S",
            "ECASE_COURT_POLL", "PT1S");

    app.start("court-ahead-0", null, court);
    String caseId =
        app.watched(
            () -> {
              HttpClientSession http = new HttpClientSession(app.child().port());
              ReportApi officer = ReportApi.withPin(http, "officer", PIN);
              ReportApi investigatorReports = ReportApi.withPin(http, "investigator", PIN);
              CaseApi investigator = CaseApi.of(investigatorReports, PIN);
              String report = officer.receive(ReportApi.theft(PIN));
              investigatorReports.stepped(
                  report, decision("REGISTER", PIN, "article", "188-1", "form", "ORDER_PROCEDURE"));
              String id = investigator.caseOfReport(report);
              String suspect = investigator.participant(id, "SUSPECT", "791028302728");
              investigator.signed(
                  id,
                  document(
                      "INTERROGATION_PROTOCOL",
                      "Вину признаю полностью, ноутбук взял в магазине.",
                      "participantId",
                      suspect,
                      "admits",
                      true));
              return id;
            });
    app.start("court-ahead-1d", "P1D", court);
    JsonNode closed =
        app.watched(
            () -> {
              HttpClientSession http = new HttpClientSession(app.child().port());
              CaseApi investigator = CaseApi.of(ReportApi.withPin(http, "investigator", PIN), PIN);
              CaseApi duty = CaseApi.of(ReportApi.withPin(http, "duty-prosecutor", PIN), PIN);
              JsonNode protocol =
                  investigator.signed(
                      caseId,
                      document("ORDER_PROTOCOL", "Вина подтверждается признанием подозреваемого"));
              Reply approved = duty.decide(protocol.get("id").asString(), "APPROVE", null);
              assertThat(approved.status()).as(approved.body()).isEqualTo(201);
              return Eventually.within(
                  Duration.ofSeconds(90),
                  () -> investigator.viewed(caseId),
                  c -> c.get("status").asString().equals("CLOSED"));
            });

    List<JsonNode> steps = closed.get("steps").valueStream().toList();
    assertThat(steps.stream().map(s -> s.get("step").asString()).toList())
        .endsWith("SEND_TO_COURT", "COURT_RECEIVED", "COURT_DECIDED");
    Instant opened = Instant.parse(steps.get(0).get("at").asString());
    Instant decided = Instant.parse(steps.get(steps.size() - 1).get("at").asString());
    assertThat(Duration.between(opened, decided))
        .as("registration to the court's decision, in the child's time")
        .isGreaterThan(Duration.ofDays(1))
        .isLessThan(Duration.ofDays(3));
    String reference = closed.get("erdrNumber").asString().strip() + "-" + sendSeq(steps);
    CourtCase atCourt =
        simulators
            .court()
            .caseOf(reference)
            .orElseThrow(() -> new AssertionError("the court has no case " + reference));
    assertThat(atCourt.status()).isEqualTo("DECIDED");
    assertThat(atCourt.decisionKind()).isEqualTo("ORDER");

    HttpClientSession http = new HttpClientSession(app.child().port());
    NoteVerifier key =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
    BinaryReply file =
        http.getBytes(
            "/api/cases/" + caseId + "/court-file", auth(http.token("investigator", "demo")));
    assertThat(file.status()).isEqualTo(200);
    assertThat(CourtFileCheck.check(new ByteArrayInputStream(file.body()), key, null).problems())
        .isEmpty();
    byte[] kept = simulators.court().fileOf(atCourt.caseNumber()).orElseThrow();
    assertThat(CourtFileCheck.check(new ByteArrayInputStream(kept), key, null).problems())
        .isEmpty();
  }

  /** The number of the SEND_TO_COURT step: the sending's reference ends with it. */
  private static int sendSeq(List<JsonNode> steps) {
    return steps.stream()
        .filter(s -> s.get("step").asString().equals("SEND_TO_COURT"))
        .mapToInt(s -> s.get("seq").asInt())
        .findFirst()
        .orElseThrow();
  }
}
