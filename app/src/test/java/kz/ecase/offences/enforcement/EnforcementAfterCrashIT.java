package kz.ecase.offences.enforcement;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.simulators.BepCase;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.AppProcess;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6's acceptance for enforcement: killing the app (kill -9) after it decided to send an
 * unpaid fine to AIS BEP and before it sent it loses nothing; after a restart the materials go out
 * once, and the bailiff's execution closes the protocol. The packaged app runs as child processes
 * on a database of their own (their clocks run 12, then 45 days ahead, so that the decision enters
 * into force and then its voluntary payment term lapses; they must not touch other tests'
 * protocols), with AIS BEP at this test's simulator, which outlives them.
 */
@EcaseIntegrationTest
class EnforcementAfterCrashIT {

  static final String PIN = "246810";

  /** Past the appeal term (10 days) and the voluntary payment term (30 days) after it. */
  static final String AHEAD = "P45D";

  @Autowired DataSource dataSource;

  final RegistrySimulators simulators = RegistrySimulators.start(0);
  final String database = "ecase_enforcement_crash_" + System.nanoTime() % 1_000_000_000L;
  final Path data = temporaryDirectory();
  AppProcess child;
  OfficerSession officer;

  @AfterEach
  void stop() {
    if (child != null) {
      child.close();
    }
    simulators.close();
    AppProcess.dropDatabase(dataSource, database);
  }

  @Test
  void materialsDecidedBeforeACrashGoOutOnceAfterTheRestart() {
    Map<String, String> own = AppProcess.withOwnDatabase(dataSource, database, data);

    child = AppProcess.start("enforcement-crash-1", settings(own, null, "PT1H", "PT1H"));
    String[] protocol = watched(child, () -> decidedFine(new HttpClientSession(child.port())));
    String id = protocol[0];
    String number = protocol[1];
    child.close();

    child = AppProcess.start("enforcement-crash-2", settings(own, "P12D", "PT1H", "PT1H"));
    watched(child, () -> awaitStatus(id, "IN_FORCE"));
    child.close();

    child = AppProcess.start("enforcement-crash-3", settings(own, AHEAD, "PT1H", "PT1H"));
    watched(child, () -> awaitStatus(id, "SENT_TO_ENFORCEMENT"));
    child.kill();
    assertThat(simulators.enforcement().submissions(number))
        .as("nothing sent before the crash")
        .isZero();

    child = AppProcess.start("enforcement-crash-4", settings(own, AHEAD, "PT1S", "PT1S"));
    BepCase sent =
        watched(
            child,
            () ->
                Eventually.within(
                        Duration.ofSeconds(60),
                        () -> simulators.enforcement().caseOf(number),
                        java.util.Optional::isPresent)
                    .orElseThrow());
    simulators.enforcement().execute(sent.caseNumber(), new BigDecimal("43250"));
    watched(child, () -> awaitStatus(id, "PAID"));

    assertThat(simulators.enforcement().submissions(number)).isEqualTo(1);
    assertThat(simulators.enforcement().casesCreated(number)).isEqualTo(1);
    Reply events = officer().get("/api/offences/protocols/" + id);
    assertThat(events.json().get("events").findValuesAsString("type"))
        .containsExactly(
            "REGISTER",
            "SERVE",
            "DECIDE_FINE",
            "ENTER_INTO_FORCE",
            "SEND_TO_ENFORCEMENT",
            "PAY_IN_FULL");
  }

  /** Settings of a child: its clock ahead or not, how often it dispatches and checks cases. */
  private Map<String, String> settings(
      Map<String, String> own, String clockAhead, String dispatch, String statusCheck) {
    Map<String, String> settings = new HashMap<>(own);
    settings.put("ECASE_REGISTRIES_URL", simulators.baseUrl());
    settings.put("ECASE_SMS_URL", simulators.smsBaseUrl());
    settings.put("ECASE_SMS_DISPATCH", "false");
    settings.put("ECASE_REMINDERS", "false");
    settings.put("ECASE_ENFORCEMENT_URL", simulators.baseUrl() + "/enforcement");
    settings.put("ECASE_OFFENCES_TERMS_CHECK", "PT1S");
    settings.put("ECASE_ENFORCEMENT_SWEEP", "PT1S");
    settings.put("ECASE_ENFORCEMENT_DISPATCH", dispatch);
    settings.put("ECASE_ENFORCEMENT_STATUS_CHECK", statusCheck);
    if (clockAhead != null) {
      settings.put("ECASE_CLOCK_OFFSET", clockAhead);
    }
    return settings;
  }

  /** Registers, serves and decides a fine through the child's API; its id and number. */
  private static String[] decidedFine(HttpClientSession http) {
    ProtocolApi officer = ProtocolApi.as(http, "officer");
    officer.setPin(PIN);
    Map<String, Object> form = ProtocolApi.form("850315401231", PIN);
    form.remove("plate");
    Reply registered = officer.register(form);
    String id = registered.json().get("id").asString();
    for (String step : new String[] {"SERVE", "DECIDE_FINE"}) {
      officer.stepped(id, step, PIN);
    }
    return new String[] {id, registered.json().get("number").asString()};
  }

  private String awaitStatus(String id, String status) {
    return Eventually.within(
        Duration.ofSeconds(60),
        () -> officer().get("/api/offences/protocols/" + id).json().get("status").asString(),
        status::equals);
  }

  /** The current child's officer, as a session with its token sent along (signed in once). */
  private OfficerSession officer() {
    if (officer == null || officer.port() != child.port()) {
      HttpClientSession http = new HttpClientSession(child.port());
      officer = new OfficerSession(child.port(), http, http.token("officer", "demo"));
    }
    return officer;
  }

  private record OfficerSession(int port, HttpClientSession http, String token) {
    Reply get(String path) {
      return http.get(path, auth(token));
    }
  }

  /** Runs a step against the child, adding its log to a failure. */
  private static <T> T watched(AppProcess child, Supplier<T> step) {
    try {
      return step.get();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + child.logTail(80), e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("ecase-enforcement-crash");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
