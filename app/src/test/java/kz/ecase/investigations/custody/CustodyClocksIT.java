package kz.ecase.investigations.custody;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.signing.Openssl;
import kz.ecase.signing.SigningKeys;
import kz.ecase.verifier.BundleCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deliveries and detentions through the HTTP API: a minor's detention recorded by the officer with
 * a signed act, seen running by the duty prosecutor, confirmed legal with the PIN; the sweep (moved
 * ahead in time) alerts at 75 % (18 h) and records the overrun at 24 h as the system; the act's
 * bundle verifies with the verifier and its PDF with openssl; another unit's clock is hidden.
 */
@EcaseIntegrationTest
class CustodyClocksIT {

  static final String PIN = "314159";
  static final String API = "/api/investigations/custody";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CustodySweep sweep;
  @Autowired CustodyRecording recording;
  @Autowired SigningKeys signingKeys;
  @TempDir Path directory;

  HttpClientSession http;
  String officer;
  String prosecutor;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN).token();
    prosecutor = ProtocolApi.withFreshPin(http, "duty-prosecutor", PIN).token();
  }

  @Test
  void aMinorsDetentionIsCheckedAlertedAtThreeQuartersAndOverrunByTheSystemAtADay()
      throws Exception {
    Instant restricted = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
    Reply recorded =
        http.postJson(API + "/clocks", detention(minorIin(), restricted), auth(officer));

    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonNode clock = recorded.json();
    String id = clock.get("id").asString();
    assertThat(clock.get("minor").asBoolean()).isTrue();
    assertThat(clock.get("limit").asString()).isEqualTo("PT24H");
    assertThat(Instant.parse(clock.get("deadline").asString()))
        .isEqualTo(restricted.plus(Duration.ofHours(24)));
    assertThat(clock.get("steps").get(0).get("step").asString()).isEqualTo("DETAIN");

    Reply running = http.get(API + "/clocks", auth(prosecutor));
    assertThat(running.status()).as(running.body()).isEqualTo(200);
    assertThat(running.json().findValuesAsString("id")).contains(id);

    Reply confirmed = step(prosecutor, id, "CONFIRM_LEGAL", "Задержание законно");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    assertThat(confirmed.json().get("step").get("to").asString()).isEqualTo("CHECKED");

    Instant threeQuarters = restricted.plus(Duration.ofHours(18));
    sweep.pass(threeQuarters.minusSeconds(1));
    assertThat(alerts(id, "75")).isZero();
    sweep.pass(threeQuarters);
    assertThat(alerts(id, "75")).as("to the duty prosecutors and the officer").isEqualTo(2);
    sweep.pass(threeQuarters.plusSeconds(60));
    assertThat(alerts(id, "75")).as("once").isEqualTo(2);
    Reply prosecutorsAlerts = http.get("/api/alerts", auth(prosecutor));
    assertThat(prosecutorsAlerts.body()).contains(id);

    Instant deadline = restricted.plus(Duration.ofHours(24));
    sweep.pass(deadline.minusSeconds(1));
    assertThat(clock(id).get("status").asString()).isEqualTo("CHECKED");
    sweep.pass(deadline);
    sweep.pass(deadline.plusSeconds(30));

    JsonNode overrun = clock(id);
    assertThat(overrun.get("status").asString()).isEqualTo("OVERRUN");
    JsonNode steps = overrun.get("steps");
    assertThat(steps.findValuesAsString("step"))
        .containsExactly("DETAIN", "CONFIRM_LEGAL", "OVERRUN");
    assertThat(steps.get(2).get("actor").asString()).isEqualTo("system");
    assertThat(Instant.parse(steps.get(2).get("at").asString())).isEqualTo(deadline);
    assertThat(alerts(id, "100")).isEqualTo(2);
    assertThat(http.get(API + "/figures", auth(prosecutor)).json().get("overrunEver").asLong())
        .isPositive();

    Reply released = step(officer, id, "RELEASE", "Освобождён");
    assertThat(released.status()).as(released.body()).isEqualTo(201);
    JsonNode after = clock(id);
    assertThat(after.get("status").asString()).isEqualTo("RELEASED");
    assertThat(after.get("overrunAt").isNull()).as("the overrun stays").isFalse();
    assertThat(http.get(API + "/clocks", auth(prosecutor)).json().findValuesAsString("id"))
        .doesNotContain(id);

    String act = steps.get(0).get("documentSha256").asString();
    BinaryReply pdf = http.getBytes("/api/documents/" + act, auth(officer));
    BinaryReply p7s = http.getBytes("/api/documents/" + act + "/signatures", auth(officer));
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();
    assertBundleVerifies(id, 4);
  }

  @Test
  void twoSweepsAtOnceRecordOneOverrunAndAlertOnce() throws Exception {
    Instant restricted = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
    Map<String, Object> form = detention(adultIin(), restricted);
    form.put("kind", "DELIVERY");
    String id = http.postJson(API + "/clocks", form, auth(officer)).json().get("id").asString();
    Instant late = restricted.plus(Duration.ofHours(3)).plusSeconds(5);
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<CustodySweep.Pass>> passes =
        List.of(passAfter(start, late), passAfter(start, late), passAfter(start, late));
    start.countDown();
    passes.forEach(CompletableFuture::join);

    JsonNode clock = clock(id);
    assertThat(clock.get("status").asString()).isEqualTo("OVERRUN");
    assertThat(clock.get("steps").findValuesAsString("step")).containsExactly("DELIVER", "OVERRUN");
    assertThat(alerts(id, "100")).isEqualTo(2);
    assertThat(alerts(id, "75")).as("past the limit: the overrun's alert only").isZero();
  }

  private CompletableFuture<CustodySweep.Pass> passAfter(CountDownLatch start, Instant now) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return sweep.pass(now);
        });
  }

  @Test
  void everyInvalidFieldIsNamedAtOnceAndALateEntryStatesWhy() {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "DELIVERY");
    form.put("iin", "123456789012");
    form.put("restrictedAt", Instant.now().plus(Duration.ofHours(2)).toString());
    form.put("grounds", " ");
    form.put("exceptionalGround", "TERRORISM");

    Reply refused = http.postJson(API + "/clocks", form, auth(officer));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).contains("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "iin", "restrictedAt", "place", "grounds", "exceptionalGround", "pin");

    Map<String, Object> late = detention(adultIin(), Instant.now().minus(Duration.ofHours(3)));
    Reply noReason = http.postJson(API + "/clocks", late, auth(officer));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").findValuesAsString("field"))
        .containsExactly("lateReason");
    late.put("lateReason", "Лицо доставлено из отдалённого района, связи не было");
    Reply flagged = http.postJson(API + "/clocks", late, auth(officer));
    assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
    assertThat(flagged.json().get("lateEntry").asBoolean()).isTrue();
    assertThat(flagged.json().get("limit").asString()).isEqualTo("PT48H");
  }

  @Test
  void theProsecutorChecksAndTheOfficerRecordsNotTheOtherWayRound() {
    Reply byProsecutor =
        http.postJson(
            API + "/clocks",
            detention(adultIin(), Instant.now().minusSeconds(60)),
            auth(prosecutor));
    String id =
        http.postJson(
                API + "/clocks",
                detention(adultIin(), Instant.now().minusSeconds(60)),
                auth(officer))
            .json()
            .get("id")
            .asString();

    Reply officerConfirms = step(officer, id, "CONFIRM_LEGAL", "");
    Reply wrongPin = stepWithPin(prosecutor, id, "CONFIRM_LEGAL", "", "000000");
    Reply illegal = step(prosecutor, id, "DECLARE_ILLEGAL", "Нет оснований для задержания");
    Reply confirmAfter = step(prosecutor, id, "CONFIRM_LEGAL", "");

    assertThat(byProsecutor.status()).isEqualTo(403);
    assertThat(officerConfirms.status()).isEqualTo(403);
    assertThat(wrongPin.status()).isEqualTo(403);
    assertThat(illegal.status()).as(illegal.body()).isEqualTo(201);
    assertThat(illegal.json().get("step").get("to").asString()).isEqualTo("RELEASE_ORDERED");
    assertThat(confirmAfter.status()).isEqualTo(409);
  }

  @Test
  void anotherUnitsClockDoesNotExistForTheUser() {
    CurrentUser yesil =
        new CurrentUser(
            "custody-officer-710002", "Есіл офицері", Role.OFFICER, UnitCode.of("710002"), null);
    try {
      signingKeys.reset(yesil.username(), "test");
    } catch (RuntimeException noKey) {
      // first run
    }
    signingKeys.setPin(yesil, PIN, null);
    Map<String, Object> form = detention(adultIin(), Instant.now().minusSeconds(60));
    StoredClock other =
        recording.record(
            yesil,
            new CustodyForm(
                "DETENTION",
                (String) form.get("iin"),
                (String) form.get("restrictedAt"),
                "Астана, Есіл ауданы",
                "Кража",
                null,
                null,
                null,
                PIN));
    String id = other.id().toString();

    assertThat(http.get(API + "/clocks/" + id, auth(officer)).status()).isEqualTo(404);
    assertThat(step(prosecutor, id, "CONFIRM_LEGAL", "").status()).isEqualTo(404);
    assertThat(http.get(API + "/clocks", auth(prosecutor)).json().findValuesAsString("id"))
        .doesNotContain(id);
    assertThat(http.get(API + "/clocks/" + id, auth(http.token("supervisor", "demo"))).status())
        .as("the region's supervisor")
        .isEqualTo(200);
  }

  private Reply step(String token, String id, String step, String reasons) {
    return stepWithPin(token, id, step, reasons, PIN);
  }

  private Reply stepWithPin(String token, String id, String step, String reasons, String pin) {
    Map<String, Object> body = new HashMap<>();
    body.put("step", step);
    body.put("reasons", reasons);
    body.put("pin", pin);
    return http.postJson(API + "/clocks/" + id + "/steps", body, auth(token));
  }

  private JsonNode clock(String id) {
    Reply reply = http.get(API + "/clocks/" + id, auth(officer));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private long alerts(String id, String mark) {
    return jdbc.sql("select count(*) from staff_alerts where dedupe_key like :key")
        .param("key", "investigations.custody:" + id + ":" + mark + ":%")
        .query(Long.class)
        .single();
  }

  private void assertBundleVerifies(String id, int entries) throws Exception {
    NoteVerifier trusted =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
    Instant until = Instant.now().plusSeconds(20);
    Reply bundle = http.get("/api/ledger/bundles/custody/" + id, auth(officer));
    while ((bundle.status() != 200 || bundle.json().get("entries").size() < entries)
        && Instant.now().isBefore(until)) {
      Thread.sleep(100);
      bundle = http.get("/api/ledger/bundles/custody/" + id, auth(officer));
    }
    assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
    assertThat(bundle.json().get("entries")).hasSize(entries);
    assertThat(BundleCheck.check(bundle.body(), trusted, null)).isEmpty();
  }

  static Map<String, Object> detention(Iin iin, Instant restrictedAt) {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "DETENTION");
    form.put("iin", iin.value());
    form.put("restrictedAt", restrictedAt.toString());
    form.put("place", "Астана, проспект Мәңгілік Ел, 8");
    form.put("grounds", "Застигнут при совершении кражи (ст. 188 УК)");
    form.put("reference", "КУИ 710001-2026-0001");
    form.put("pin", PIN);
    return form;
  }

  /** A person who is 16 today in Almaty. */
  static Iin minorIin() {
    return iinBornOn(LocalDate.now(ZoneId.of("Asia/Almaty")).minusYears(16).minusDays(3));
  }

  static Iin adultIin() {
    return iinBornOn(LocalDate.of(1985, 3, 15).plusDays(UUID.randomUUID().hashCode() & 1000));
  }

  static Iin iinBornOn(LocalDate birth) {
    int century = birth.getYear() >= 2000 ? 5 : 3;
    String start = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + century;
    for (int serial = 1; serial < 10_000; serial++) {
      String eleven = start + String.format("%04d", serial);
      int check = Iin.checkDigitOf(eleven);
      if (check != 10) {
        return Iin.of(eleven + check);
      }
    }
    throw new IllegalStateException("no IIN for " + birth);
  }
}
