package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import kz.ecase.signing.Openssl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registered protocol's next steps through the HTTP API: service and decision signed by the
 * officer, the person's appeal, its outcome by the head of the unit, entry into force when the
 * appeal term lapses; refused steps change nothing.
 */
@EcaseIntegrationTest
class ProtocolStepsIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "271828";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EntryIntoForce entryIntoForce;
  @TempDir Path directory;

  HttpClientSession http;
  String officer;
  String head;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = bearer("officer");
    head = bearer("head");
    for (String user : List.of("officer", "head")) {
      int reset = http.delete("/api/signing/keys/" + user, auth(bearer("admin"))).status();
      assertThat(reset).isIn(204, 404);
      Reply pin = http.putJson("/api/signing/pin", Map.of("pin", PIN), auth(bearer(user)));
      assertThat(pin.status()).as(pin.body()).isEqualTo(201);
    }
  }

  @Test
  void serviceAndDecisionAreSignedActsRecordedInTheLedger() {
    String id = registered();

    Reply served = step(id, officer, "SERVE", null, PIN);
    Reply decided = step(id, officer, "DECIDE_FINE", null, PIN);

    assertThat(served.status()).as(served.body()).isEqualTo(201);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    assertThat(decided.json().get("from").asString()).isEqualTo("SERVED");
    assertThat(decided.json().get("to").asString()).isEqualTo("DECIDED");
    Reply protocol = http.get("/api/offences/protocols/" + id, auth(officer));
    assertThat(protocol.json().get("status").asString()).isEqualTo("DECIDED");
    assertThat(protocol.json().get("events").findValuesAsString("type"))
        .containsExactly("REGISTER", "SERVE", "DECIDE_FINE");

    String act = decided.json().get("documentSha256").asString();
    BinaryReply pdf = http.getBytes("/api/documents/" + act, auth(officer));
    BinaryReply p7s = http.getBytes("/api/documents/" + act + "/signatures", auth(officer));
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();

    assertThat(ledgerTypes(id))
        .containsExactly(
            "offences.ProtocolRegistered",
            "offences.ProtocolTransitioned",
            "offences.ProtocolTransitioned");
  }

  @Test
  void aStepTheStateDoesNotAllowIsRefusedAndChangesNothing() {
    String id = registered();

    Reply early = step(id, officer, "DECIDE_FINE", null, PIN);
    Reply byHand = step(id, officer, "ENTER_INTO_FORCE", null, PIN);
    Reply unknown = step(id, officer, "FORGIVE", null, PIN);
    Reply wrongPin = step(id, officer, "SERVE", null, "000000");
    Reply noPin = step(id, officer, "SERVE", null, null);

    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.json().get("type").asString()).endsWith("/illegal-transition");
    assertThat(early.json().get("status").asString()).isEqualTo("REGISTERED");
    assertThat(byHand.status()).isEqualTo(400);
    assertThat(byHand.json().get("errors").findValuesAsString("field"))
        .containsExactly("transition");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(wrongPin.status()).as(wrongPin.body()).isEqualTo(403);
    assertThat(noPin.status()).isEqualTo(400);
    assertThat(noPin.json().get("errors").findValuesAsString("field")).containsExactly("pin");
    assertThat(events(id)).isEqualTo(1);
    assertThat(ledgerTypes(id)).containsExactly("offences.ProtocolRegistered");
  }

  @Test
  void thePersonAppealsTheirOwnDecisionAndTheHeadOfUnitDecidesTheAppeal() {
    String id = decided();

    Reply noGrounds = step(id, bearer("citizen"), "APPEAL", " ", null);
    Reply dismissedTooSoon = step(id, head, "DISMISS_APPEAL", "no appeal yet", PIN);
    Reply appeal = step(id, bearer("citizen"), "APPEAL", "Я не управлял автомобилем", null);

    assertThat(noGrounds.status()).isEqualTo(400);
    assertThat(noGrounds.json().get("errors").findValuesAsString("field"))
        .containsExactly("reasons");
    assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
    assertThat(appeal.json().get("to").asString()).isEqualTo("APPEALED");
    assertThat(appeal.json().get("actor").asString()).isEqualTo("citizen");
    assertThat(dismissedTooSoon.status()).isEqualTo(409);

    Reply officerDismisses = step(id, officer, "DISMISS_APPEAL", "Фотофиксация", PIN);
    Reply dismissed = step(id, head, "DISMISS_APPEAL", "Нарушение подтверждено фотофиксацией", PIN);

    assertThat(officerDismisses.status()).isEqualTo(403);
    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(201);
    assertThat(dismissed.json().get("to").asString()).isEqualTo("IN_FORCE");
    assertThat(status(id)).isEqualTo("IN_FORCE");
  }

  @Test
  void someoneElsesProtocolCannotBeAppealed() {
    Map<String, Object> other = form(UUID.randomUUID().toString());
    other.put("iin", "791028302728");
    String id =
        http.postJson("/api/offences/protocols", other, auth(officer)).json().get("id").asString();
    step(id, officer, "SERVE", null, PIN);
    step(id, officer, "DECIDE_FINE", null, PIN);

    Reply appeal = step(id, bearer("citizen"), "APPEAL", "Не я", null);

    assertThat(appeal.status()).isEqualTo(404);
    assertThat(events(id)).isEqualTo(3);
  }

  @Test
  void anUnappealedDecisionEntersIntoForceOnceItsTermIsOver() {
    String id = decided();
    Instant now = Instant.now();

    boolean tooEarly = entryIntoForce.enterIfDue(UUID.fromString(id), now.plus(Duration.ofDays(9)));
    boolean due = entryIntoForce.enterIfDue(UUID.fromString(id), now.plus(Duration.ofDays(12)));
    boolean again = entryIntoForce.enterIfDue(UUID.fromString(id), now.plus(Duration.ofDays(13)));

    assertThat(tooEarly).isFalse();
    assertThat(due).isTrue();
    assertThat(again).isFalse();
    assertThat(status(id)).isEqualTo("IN_FORCE");
    assertThat(ledgerTypes(id)).last().isEqualTo("offences.ProtocolTransitioned");
  }

  @Test
  void twoSimultaneousStepsRecordOne() throws Exception {
    String id = registered();
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Reply>> replies =
        List.of(serveAfter(start, id), serveAfter(start, id), serveAfter(start, id));
    start.countDown();

    List<Integer> statuses = replies.stream().map(f -> f.join().status()).sorted().toList();
    assertThat(statuses).containsExactly(201, 409, 409);
    assertThat(events(id)).isEqualTo(2);
  }

  @Test
  void theHeadOfUnitCancelsWithReasonsAndTheProtocolStays() {
    String id = registered();

    Reply cancelled = step(id, head, "CANCEL", "Ошибка в личности нарушителя", PIN);
    Reply afterwards = step(id, officer, "SERVE", null, PIN);

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);
    assertThat(afterwards.status()).isEqualTo(409);
    Reply protocol = http.get("/api/offences/protocols/" + id, auth(officer));
    assertThat(protocol.json().get("status").asString()).isEqualTo("CANCELLED");
    assertThat(protocol.json().get("events").get(1).get("reasons").asString())
        .isEqualTo("Ошибка в личности нарушителя");
  }

  private CompletableFuture<Reply> serveAfter(CountDownLatch start, String id) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new HttpClientSession(port)
              .postJson(
                  "/api/offences/protocols/" + id + "/events",
                  Map.of("transition", "SERVE", "pin", PIN),
                  auth(officer));
        });
  }

  private String registered() {
    Reply reply =
        http.postJson("/api/offences/protocols", form(UUID.randomUUID().toString()), auth(officer));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  private String decided() {
    String id = registered();
    assertThat(step(id, officer, "SERVE", null, PIN).status()).isEqualTo(201);
    assertThat(step(id, officer, "DECIDE_FINE", null, PIN).status()).isEqualTo(201);
    return id;
  }

  private Reply step(String id, String token, String transition, String reasons, String pin) {
    Map<String, Object> body = new HashMap<>();
    body.put("transition", transition);
    body.put("reasons", reasons);
    body.put("pin", pin);
    return http.postJson("/api/offences/protocols/" + id + "/events", body, auth(token));
  }

  private String status(String id) {
    return http.get("/api/offences/protocols/" + id, auth(officer)).json().get("status").asString();
  }

  private long events(String id) {
    return jdbc.sql("select count(*) from offence_protocol_events where protocol_id = :id")
        .param("id", UUID.fromString(id))
        .query(Long.class)
        .single();
  }

  /** The types of the protocol's ledger entries, sequenced or still waiting to be, in order. */
  private List<String> ledgerTypes(String id) {
    return jdbc.sql(
            "select convert_from(entry, 'UTF8')::jsonb ->> 'type' from (select 0 as waiting, idx"
                + " as position, entry from ledger_entries where record_key = :key union all"
                + " select 1, id, entry from ledger_pending where record_key = :key) recorded"
                + " order by waiting, position")
        .param("key", "protocol/" + id)
        .query(String.class)
        .list();
  }

  private static Map<String, Object> form(String key) {
    Map<String, Object> form = new HashMap<>();
    form.put("idempotencyKey", key);
    form.put("iin", CITIZEN_IIN);
    form.put("article", "speeding-20-40");
    form.put("offenceTime", Instant.now().minus(1, ChronoUnit.HOURS).toString());
    form.put("place", "Астана, проспект Мәңгілік Ел, 8");
    form.put("plate", "123abc01");
    form.put("fineMci", 10);
    form.put("pin", PIN);
    return form;
  }

  private String bearer(String username) {
    return http.token(username, "demo");
  }

  private static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
