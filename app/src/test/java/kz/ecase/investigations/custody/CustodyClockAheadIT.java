package kz.ecase.investigations.custody;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.AppProcess;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's acceptance for the clocks, with no real waiting: the packaged app as a child process
 * on a database of its own records a minor's detention that the duty prosecutor confirms; started
 * again with its clock 18 hours ahead, its own sweep alerts the duty prosecutor at 75 %; started
 * with its clock 24 hours ahead, it records the overrun as the system.
 */
@EcaseIntegrationTest
class CustodyClockAheadIT {

  static final String PIN = "161803";
  static final String API = "/api/investigations/custody";

  @Autowired DataSource dataSource;

  final RegistrySimulators simulators = RegistrySimulators.start(0);
  final String database = "ecase_custody_ahead_" + System.nanoTime() % 1_000_000_000L;
  final Path data = temporaryDirectory();
  AppProcess child;

  @AfterEach
  void stop() {
    if (child != null) {
      child.close();
    }
    simulators.close();
    AppProcess.dropDatabase(dataSource, database);
  }

  @Test
  void aMinorsDetentionAlertsAtEighteenHoursAndOverrunsAtTwentyFour() {
    Map<String, String> own = AppProcess.withOwnDatabase(dataSource, database, data);

    child = AppProcess.start("custody-ahead-0h", settings(own, null));
    String id =
        watched(
            () -> {
              HttpClientSession http = new HttpClientSession(child.port());
              ProtocolApi officer = ProtocolApi.as(http, "officer");
              officer.setPin(PIN);
              ProtocolApi prosecutor = ProtocolApi.as(http, "duty-prosecutor");
              prosecutor.setPin(PIN);
              Map<String, Object> form =
                  CustodyClocksIT.detention(
                      CustodyClocksIT.minorIin(),
                      Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600));
              form.put("pin", PIN);
              Reply recorded = http.postJson(API + "/clocks", form, auth(officer.token()));
              assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
              String clock = recorded.json().get("id").asString();
              Reply confirmed =
                  http.postJson(
                      API + "/clocks/" + clock + "/steps",
                      Map.of("step", "CONFIRM_LEGAL", "pin", PIN),
                      auth(prosecutor.token()));
              assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
              return clock;
            });
    child.close();

    child = AppProcess.start("custody-ahead-18h", settings(own, "PT18H"));
    watched(
        () ->
            Eventually.within(
                Duration.ofSeconds(60),
                () -> get("duty-prosecutor", "/api/alerts").body(),
                body -> body.contains("investigations.custody-75") && body.contains(id)));
    assertThat(clock(id).get("status").asString()).isEqualTo("CHECKED");
    child.close();

    child = AppProcess.start("custody-ahead-24h", settings(own, "PT24H"));
    JsonNode overrun =
        watched(
            () ->
                Eventually.within(
                    Duration.ofSeconds(60),
                    () -> clock(id),
                    clock -> clock.get("status").asString().equals("OVERRUN")));
    JsonNode last = overrun.get("steps").get(overrun.get("steps").size() - 1);
    assertThat(last.get("step").asString()).isEqualTo("OVERRUN");
    assertThat(last.get("actor").asString()).isEqualTo("system");
    assertThat(get("duty-prosecutor", "/api/alerts").body())
        .contains("investigations.custody-overrun");
    assertThat(get("officer", API + "/figures").json().get("overrunEver").asLong()).isEqualTo(1);
  }

  private JsonNode clock(String id) {
    Reply reply = get("officer", API + "/clocks/" + id);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Reply get(String user, String path) {
    HttpClientSession http = new HttpClientSession(child.port());
    return http.get(path, auth(http.token(user, "demo")));
  }

  private Map<String, String> settings(Map<String, String> own, String clockAhead) {
    Map<String, String> settings = new HashMap<>(own);
    settings.put("ECASE_REGISTRIES_URL", simulators.baseUrl());
    settings.put("ECASE_SMS_URL", simulators.smsBaseUrl());
    settings.put("ECASE_SMS_DISPATCH", "false");
    settings.put("ECASE_REMINDERS", "false");
    settings.put("ECASE_INVESTIGATIONS_CUSTODY_SWEEP_INTERVAL", "PT1S");
    if (clockAhead != null) {
      settings.put("ECASE_CLOCK_OFFSET", clockAhead);
    }
    return settings;
  }

  private <T> T watched(Supplier<T> step) {
    try {
      return step.get();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + child.logTail(80), e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("ecase-custody-ahead");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
