package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static kz.ecase.offences.ProtocolApi.ledgerTypes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
  ProtocolApi asOfficer;
  ProtocolApi asHead;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    asOfficer = ProtocolApi.withFreshPin(http, "officer", PIN);
    asHead = ProtocolApi.withFreshPin(http, "head", PIN);
    officer = asOfficer.token();
    head = asHead.token();
  }

  @Test
  void serviceAndDecisionAreSignedActsRecordedInTheLedger() {
    String id = registered();

    Reply served = asOfficer.step(id, "SERVE", null, PIN);
    Reply decided = asOfficer.step(id, "DECIDE_FINE", null, PIN);

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

    assertThat(ledgerTypes(jdbc, id))
        .containsExactly(
            "offences.ProtocolRegistered",
            "offences.ProtocolTransitioned",
            "offences.ProtocolTransitioned");
  }

  @Test
  void aStepTheStateDoesNotAllowIsRefusedAndChangesNothing() {
    String id = registered();

    Reply early = asOfficer.step(id, "DECIDE_FINE", null, PIN);
    Reply byHand = asOfficer.step(id, "ENTER_INTO_FORCE", null, PIN);
    Reply unknown = asOfficer.step(id, "FORGIVE", null, PIN);
    Reply wrongPin = asOfficer.step(id, "SERVE", null, "000000");
    Reply noPin = asOfficer.step(id, "SERVE", null, null);

    assertThat(early.status()).as(early.body()).isEqualTo(409);
    assertThat(early.json().get("type").asString()).endsWith("/illegal-transition");
    assertThat(early.json().get("protocolStatus").asString()).isEqualTo("REGISTERED");
    assertThat(byHand.status()).isEqualTo(400);
    assertThat(byHand.json().get("errors").findValuesAsString("field"))
        .containsExactly("transition");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(wrongPin.status()).as(wrongPin.body()).isEqualTo(403);
    assertThat(noPin.status()).isEqualTo(400);
    assertThat(noPin.json().get("errors").findValuesAsString("field")).containsExactly("pin");
    assertThat(events(id)).isEqualTo(1);
    assertThat(ledgerTypes(jdbc, id)).containsExactly("offences.ProtocolRegistered");
  }

  @Test
  void thePersonAppealsTheirOwnDecisionAndTheHeadOfUnitDecidesTheAppeal() {
    String id = decided();

    Reply noGrounds = ProtocolApi.as(http, "citizen").step(id, "APPEAL", " ", null);
    Reply dismissedTooSoon = asHead.step(id, "DISMISS_APPEAL", "no appeal yet", PIN);
    Reply appeal =
        ProtocolApi.as(http, "citizen").step(id, "APPEAL", "Я не управлял автомобилем", null);

    assertThat(noGrounds.status()).isEqualTo(400);
    assertThat(noGrounds.json().get("errors").findValuesAsString("field"))
        .containsExactly("reasons");
    assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
    assertThat(appeal.json().get("to").asString()).isEqualTo("APPEALED");
    assertThat(appeal.json().get("actor").asString()).isEqualTo("citizen");
    assertThat(dismissedTooSoon.status()).isEqualTo(409);

    Reply officerDismisses = asOfficer.step(id, "DISMISS_APPEAL", "Фотофиксация", PIN);
    Reply dismissed =
        asHead.step(id, "DISMISS_APPEAL", "Нарушение подтверждено фотофиксацией", PIN);

    assertThat(officerDismisses.status()).isEqualTo(403);
    assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(201);
    assertThat(dismissed.json().get("to").asString()).isEqualTo("IN_FORCE");
    assertThat(asOfficer.status(id)).isEqualTo("IN_FORCE");
  }

  @Test
  void someoneElsesProtocolCannotBeAppealed() {
    Map<String, Object> other = form(CITIZEN_IIN, PIN);
    other.put("iin", "791028302728");
    String id = asOfficer.submit(other).json().get("id").asString();
    asOfficer.step(id, "SERVE", null, PIN);
    asOfficer.step(id, "DECIDE_FINE", null, PIN);

    Reply appeal = ProtocolApi.as(http, "citizen").step(id, "APPEAL", "Не я", null);

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
    assertThat(asOfficer.status(id)).isEqualTo("IN_FORCE");
    assertThat(ledgerTypes(jdbc, id)).last().isEqualTo("offences.ProtocolTransitioned");
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

    Reply cancelled = asHead.step(id, "CANCEL", "Ошибка в личности нарушителя", PIN);
    Reply afterwards = asOfficer.step(id, "SERVE", null, PIN);

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
    return asOfficer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
  }

  private String decided() {
    String id = registered();
    assertThat(asOfficer.step(id, "SERVE", null, PIN).status()).isEqualTo(201);
    assertThat(asOfficer.step(id, "DECIDE_FINE", null, PIN).status()).isEqualTo(201);
    return id;
  }

  private long events(String id) {
    return jdbc.sql("select count(*) from offence_protocol_events where protocol_id = :id")
        .param("id", UUID.fromString(id))
        .query(Long.class)
        .single();
  }
}
