package kz.ecase.investigations.custody;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.testing.ClockAheadChild;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

  static final Map<String, String> SWEEP =
      Map.of("ECASE_INVESTIGATIONS_CUSTODY_SWEEP_INTERVAL", "PT1S");

  @Autowired DataSource dataSource;

  ClockAheadChild app;

  @BeforeEach
  void ownDatabase() {
    app = new ClockAheadChild(dataSource, "custody_ahead");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aMinorsDetentionAlertsAtEighteenHoursAndOverrunsAtTwentyFour() {
    app.start("custody-ahead-0h", null, SWEEP);
    String id =
        app.watched(
            () -> {
              HttpClientSession http = new HttpClientSession(app.child().port());
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
    app.start("custody-ahead-18h", "PT18H", SWEEP);
    app.watched(
        () ->
            Eventually.within(
                Duration.ofSeconds(60),
                () -> get("duty-prosecutor", "/api/alerts").body(),
                body -> body.contains("investigations.custody-75") && body.contains(id)));
    assertThat(clock(id).get("status").asString()).isEqualTo("CHECKED");
    app.start("custody-ahead-24h", "PT24H", SWEEP);
    JsonNode overrun =
        app.watched(
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
    HttpClientSession http = new HttpClientSession(app.child().port());
    return http.get(path, auth(http.token(user, "demo")));
  }
}
