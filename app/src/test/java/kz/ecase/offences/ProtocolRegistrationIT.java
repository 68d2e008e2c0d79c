package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.onlyLedgerEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.RecordRef;
import kz.ecase.signing.Openssl;
import kz.ecase.signing.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering a protocol through the HTTP API: the officer sets a signing PIN, registers, and gets
 * a numbered protocol whose PDF verifies with its stored signature (openssl) and whose ledger entry
 * is written; resubmission, races, validation, wrong PINs, jurisdiction and the citizen's view.
 */
@EcaseIntegrationTest
class ProtocolRegistrationIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";

  @LocalServerPort int port;

  @Value("${spring.datasource.hikari.maximum-pool-size}")
  int poolSize;

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Ledger ledger;
  @Autowired ProtocolRegistration registration;
  @Autowired SigningKeys signingKeys;
  @TempDir Path directory;

  HttpClientSession http;
  String officer;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN).token();
  }

  @Test
  void registersASignedNumberedProtocolRecordedInTheLedger() {
    Reply reply = http.postJson("/api/offences/protocols", form(newKey()), auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    String id = reply.json().get("id").asString();
    String number = reply.json().get("number").asString();
    assertThat(number).matches("[0-9]{2}710001[0-9]{6}");
    assertThat(reply.json().get("status").asString()).isEqualTo("REGISTERED");
    assertThat(reply.json().get("fineKzt").decimalValue()).isPositive();
    assertThat(reply.json().get("discountDeadline").asString()).isNotBlank();
    assertThat(reply.json().get("paymentReference").asString()).hasSize(15).startsWith(number);

    String sha256 = reply.json().get("documentSha256").asString();
    BinaryReply pdf = http.getBytes("/api/documents/" + sha256, auth(officer));
    BinaryReply p7s = http.getBytes("/api/documents/" + sha256 + "/signatures", auth(officer));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(p7s.status()).isEqualTo(200);
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();

    assertThat(awaitHistory(id)).hasSize(1);
    String entry = onlyLedgerEntry(jdbc, id);
    assertThat(entry)
        .contains("\"type\":\"offences.ProtocolRegistered\"")
        .contains("\"sha256\":\"" + sha256 + "\"")
        .contains(number);

    Reply read = http.get("/api/offences/protocols/" + id + "?purpose=review", auth(officer));
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get("number").asString()).isEqualTo(number);
    assertThat(read.json().get("events").get(0).get("to").asString()).isEqualTo("REGISTERED");
  }

  @Test
  void thePublicCheckOfAProtocolFindsItsOneLedgerEntry() throws InterruptedException {
    Reply reply = http.postJson("/api/offences/protocols", form(newKey()), auth(officer));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    String id = reply.json().get("id").asString();
    String sha256 = reply.json().get("documentSha256").asString();

    HttpClientSession anyone = new HttpClientSession(port);
    String path = "/api/public/documents/" + sha256 + "/check";
    Reply check = anyone.get(path);
    Instant deadline = Instant.now().plusSeconds(20);
    while (!"GENUINE".equals(check.json().get("verdict").asString())
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      check = anyone.get(path);
    }
    assertThat(check.json().get("verdict").asString()).as(check.body()).isEqualTo("GENUINE");
    assertThat(check.json().get("signature").asString()).isEqualTo("VALID");
    assertThat(check.json().get("ledger").asString()).isEqualTo("INCLUDED");
    assertThat(check.json().get("ledgerIndex").asLong())
        .as("the protocol's own entry carries its paper and signature")
        .isEqualTo(
            jdbc.sql("select idx from ledger_leaves where record_key = :key")
                .param("key", "protocol/" + id)
                .query(Long.class)
                .single());
    assertThat(
            jdbc.sql(
                    """
                    select (select count(*) from ledger_leaves where record_key = :key)
                         + (select count(*) from ledger_pending where record_key = :key)
                    """)
                .param("key", "document/" + sha256)
                .query(Long.class)
                .single())
        .as("no signing entry of its own beside the registration's")
        .isZero();
    assertThat(
            jdbc.sql("select ledger_record from document_signatures where document_sha256 = :sha")
                .param("sha", sha256)
                .query(String.class)
                .single())
        .isEqualTo("protocol/" + id);
  }

  @Test
  void theSameIdempotencyKeyAnswersTheSameProtocol() {
    String key = newKey();
    Reply first = http.postJson("/api/offences/protocols", form(key), auth(officer));
    Reply again = http.postJson("/api/offences/protocols", form(key), auth(officer));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(again.json().get("number").asString())
        .isEqualTo(first.json().get("number").asString());
    assertThat(protocolsWithKey(key)).isEqualTo(1);
  }

  @Test
  void twoConcurrentSubmissionsWithOneKeyRegisterOneProtocol() {
    String key = newKey();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Reply>> replies =
        List.of(submitAfter(start, key), submitAfter(start, key));
    start.countDown();
    List<Reply> answered = replies.stream().map(CompletableFuture::join).toList();

    assertThat(answered).extracting(Reply::status).containsExactlyInAnyOrder(201, 200);
    assertThat(answered.get(0).json().get("id").asString())
        .isEqualTo(answered.get(1).json().get("id").asString());
    assertThat(protocolsWithKey(key)).isEqualTo(1);
  }

  /**
   * Three times as many simultaneous registrations as the database pool has connections: each holds
   * one connection only (the signing key is opened before the transaction), so none waits for a
   * second one that the others hold.
   */
  @Test
  void simultaneousRegistrationsBeyondThePoolSizeAllSucceed() throws Exception {
    int submissions = 3 * poolSize;
    ExecutorService clients = Executors.newFixedThreadPool(submissions);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Reply>> replies = new ArrayList<>();
    for (int i = 0; i < submissions; i++) {
      replies.add(
          clients.submit(
              () -> {
                start.await();
                return new HttpClientSession(port)
                    .postJson("/api/offences/protocols", form(newKey()), auth(officer));
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Reply> reply : replies) {
      statuses.add(reply.get(60, TimeUnit.SECONDS).status());
    }
    clients.shutdown();

    assertThat(statuses).hasSize(submissions).containsOnly(201);
  }

  @Test
  void numbersFollowOneAnotherWithoutGaps() {
    Reply first = http.postJson("/api/offences/protocols", form(newKey()), auth(officer));
    Reply wrongPin =
        http.postJson(
            "/api/offences/protocols", with(form(newKey()), "pin", "000000"), auth(officer));
    Reply second = http.postJson("/api/offences/protocols", form(newKey()), auth(officer));

    assertThat(wrongPin.status()).isEqualTo(403);
    long a = Long.parseLong(first.json().get("number").asString());
    long b = Long.parseLong(second.json().get("number").asString());
    assertThat(b).isEqualTo(a + 1);
  }

  /**
   * A registration alone at its counter makes its paper with the number it expects and claims it
   * after; here another instance (this test's own transaction) takes that number meanwhile: the
   * claim waits for it, fails, and the registration is made again with the next number, leaving
   * neither a gap nor the first paper behind.
   */
  @Test
  void aGuessedNumberTakenMeanwhileIsNumberedAgainWithoutGapOrTrace() throws Exception {
    Reply before = http.postJson("/api/offences/protocols", form(newKey()), auth(officer));
    assertThat(before.status()).as(before.body()).isEqualTo(201);
    long last = Long.parseLong(before.json().get("number").asString().substring(8));
    long documents = count("documents");
    long signatures = count("document_signatures");

    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement take =
          other.prepareStatement(
              "update procedure_register_counters set last_value = last_value + 1"
                  + " where register = 'offences.protocol' and unit = '710001'"
                  + " and last_value = ?")) {
        take.setLong(1, last);
        assertThat(take.executeUpdate()).isEqualTo(1);
      }
      CompletableFuture<Reply> reply =
          CompletableFuture.supplyAsync(
              () ->
                  new HttpClientSession(port)
                      .postJson("/api/offences/protocols", form(newKey()), auth(officer)));
      int waiting = awaitAClaimWaitingForTheCounter();
      assertThat(
              jdbc.sql(
                      "select count(*) from pg_locks where pid = :pid and granted"
                          + " and relation = 'documents'::regclass")
                  .param("pid", waiting)
                  .query(Long.class)
                  .single())
          .as("the paper is stored before the number is claimed")
          .isPositive();
      other.commit();

      Reply registered = reply.get(60, TimeUnit.SECONDS);
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
      assertThat(Long.parseLong(registered.json().get("number").asString().substring(8)))
          .isEqualTo(last + 2);
    }
    assertThat(count("documents")).isEqualTo(documents + 1);
    assertThat(count("document_signatures")).isEqualTo(signatures + 1);
  }

  private int awaitAClaimWaitingForTheCounter() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<Integer> waiting =
          jdbc.sql(
                  "select pid from pg_stat_activity where wait_event_type = 'Lock'"
                      + " and query like '%procedure_register_counters%'")
              .query(Integer.class)
              .list();
      if (!waiting.isEmpty()) {
        return waiting.get(0);
      }
      assertThat(System.nanoTime()).as("a claim waiting for the counter").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void aWrongPinIsTheSigningProblemAndStoresNothing() {
    long protocols = count("offence_protocols");
    long documents = count("documents");
    String key = newKey();

    Reply reply =
        http.postJson("/api/offences/protocols", with(form(key), "pin", "999999"), auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    assertThat(reply.json().get("type").asString()).endsWith("/wrong-pin");
    assertThat(count("offence_protocols")).isEqualTo(protocols);
    assertThat(count("documents")).isEqualTo(documents);
    assertThat(protocolsWithKey(key)).isZero();
  }

  @Test
  void validationErrorsNameTheirFields() {
    assertField(with(form(newKey()), "iin", "123456789012"), "iin");
    assertField(with(form(newKey()), "article", "999 ч.9"), "article");
    assertField(with(form(newKey()), "article", "592"), "article");
    assertField(
        with(form(newKey()), "offenceTime", Instant.now().plus(Duration.ofDays(1)).toString()),
        "offenceTime");
    assertField(with(form(newKey()), "offenceTime", "yesterday"), "offenceTime");
    assertField(with(form(newKey()), "fineMci", 11), "fineMci");
    assertField(with(form(newKey()), "description", "x".repeat(1001)), "description");
    assertField(with(form(newKey()), "place", " "), "place");
    assertField(with(form(newKey()), "idempotencyKey", null), "idempotencyKey");
    assertField(with(form(newKey()), "pin", ""), "pin");
    assertField(with(form(newKey()), "evidenceSha256", List.of("0".repeat(64))), "evidenceSha256");
    assertField(with(form(newKey()), "evidenceSha256", List.of("not a hash")), "evidenceSha256");
  }

  @Test
  void anEmptyFormIsRefusedWithEveryFieldAtFaultAtOnceAndNothingStored() {
    long protocols = count("offence_protocols");
    long documents = count("documents");

    Reply reply = http.postJson("/api/offences/protocols", new HashMap<>(), auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").findValuesAsString("field"))
        .containsExactly("idempotencyKey", "iin", "offenceTime", "article", "place", "pin");
    assertThat(reply.json().get("errors").findValuesAsString("message")).doesNotContainNull();
    assertThat(count("offence_protocols")).isEqualTo(protocols);
    assertThat(count("documents")).isEqualTo(documents);

    Map<String, Object> twoWrong = with(with(form(newKey()), "iin", "1"), "fineMci", 99);
    assertThat(
            http.postJson("/api/offences/protocols", twoWrong, auth(officer))
                .json()
                .get("errors")
                .findValuesAsString("field"))
        .containsExactly("iin", "fineMci");
  }

  @Test
  void aRowWhoseArticleNumberIsNotConfirmedIsNeitherOfferedNorAccepted() {
    Reply refused =
        http.postJson(
            "/api/offences/protocols",
            with(form(newKey()), "article", "reversing-where-prohibited"),
            auth(officer));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("article");
    assertThat(refused.json().get("errors").findValuesAsString("message").get(0))
        .contains("not confirmed");

    assertThat(
            http.get("/api/offences/catalogue?q=reversing", auth(officer))
                .json()
                .findValuesAsString("code"))
        .isEmpty();
    Reply admin = http.get("/api/offences/catalogue?q=reversing", auth(bearer("admin")));
    assertThat(admin.json().findValuesAsString("code"))
        .containsExactly("reversing-where-prohibited");
    assertThat(admin.json().get(0).get("offered").asBoolean()).isFalse();
    assertThat(admin.json().get(0).get("recordedNumber").asString()).isEqualTo("? ч.?");
  }

  @Test
  void evidenceDocumentsAreAttachmentsOfTheLedgerEntry() {
    String evidence =
        http.postJson("/api/offences/protocols", form(newKey()), auth(officer))
            .json()
            .get("documentSha256")
            .asString();

    Reply reply =
        http.postJson(
            "/api/offences/protocols",
            with(form(newKey()), "evidenceSha256", List.of(evidence)),
            auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    String id = reply.json().get("id").asString();
    assertThat(awaitHistory(id)).hasSize(1);
    String entry = onlyLedgerEntry(jdbc, id);
    assertThat(entry).contains("\"name\":\"evidence-1\"").contains(evidence);
  }

  @Test
  void theArticleMayBeGivenByNumberAndTheFineDefaultsToTheMinimum() {
    Map<String, Object> form = with(form(newKey()), "article", "592 ч.2");
    form.remove("fineMci");
    Reply reply = http.postJson("/api/offences/protocols", form, auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    Reply read =
        http.get("/api/offences/protocols/" + reply.json().get("id").asString(), auth(officer));
    assertThat(read.json().get("article").asString()).isEqualTo("speeding-20-40");
    assertThat(read.json().get("fineMci").asInt()).isEqualTo(10);
  }

  @Test
  void rolesThatMayNotRegisterAreRefused() {
    for (String user : List.of("duty-prosecutor", "supervisor", "analyst", "admin", "citizen")) {
      Reply reply = http.postJson("/api/offences/protocols", form(newKey()), auth(bearer(user)));
      assertThat(reply.status()).as(user).isEqualTo(403);
    }
  }

  @Test
  void anotherUnitsProtocolIsHiddenAndTheCitizenSeesTheirOwn() {
    CurrentUser yesil =
        new CurrentUser("officer-710002", "Офицер Есіл", Role.OFFICER, UnitCode.of("710002"), null);
    try {
      signingKeys.reset(yesil.username(), "test");
    } catch (RuntimeException noKey) {
      // first run
    }
    signingKeys.setPin(yesil, PIN, null);
    RegisteredProtocol other =
        registration.register(
            yesil,
            new ProtocolForm(
                newKey(),
                CITIZEN_IIN,
                "speeding-10-20",
                Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "Астана, Сарайшық көшесі",
                null,
                null,
                null,
                PIN));
    String id = other.protocol().id().toString();

    assertThat(http.get("/api/offences/protocols/" + id, auth(officer)).status()).isEqualTo(404);
    assertThat(http.get("/api/offences/protocols/" + id, auth(bearer("supervisor"))).status())
        .isEqualTo(200);
    assertThat(http.get("/api/offences/protocols/" + id, auth(bearer("analyst"))).status())
        .isEqualTo(403);
    Reply citizen = http.get("/api/offences/protocols/" + id, auth(bearer("citizen")));
    assertThat(citizen.status()).as(citizen.body()).isEqualTo(200);
    assertThat(citizen.json().get("iin").asString()).isEqualTo(CITIZEN_IIN);

    Reply mine =
        http.postJson(
            "/api/offences/protocols", with(form(newKey()), "iin", "791028302728"), auth(officer));
    assertThat(
            http.get(
                    "/api/offences/protocols/" + mine.json().get("id").asString(),
                    auth(bearer("citizen")))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theCatalogueIsSearchedByNumberOrWords() {
    Reply reply = http.get("/api/offences/catalogue?q=592%20ч.2&date=2026-03-14", auth(officer));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().findValuesAsString("code")).containsExactly("speeding-20-40");
    assertThat(http.get("/api/offences/catalogue?date=2025-12-31", auth(officer)).json().size())
        .isZero();
    assertThat(http.get("/api/offences/catalogue?date=soon", auth(officer)).status())
        .isEqualTo(400);
  }

  @Test
  void theApplicationCannotChangeOrRemoveProtocolsOrTheirEvents() {
    http.postJson("/api/offences/protocols", form(newKey()), auth(officer));

    for (String statement :
        List.of(
            "update offence_protocols set fine_mci = 1",
            "delete from offence_protocols",
            "update offence_protocol_events set to_status = 'CANCELLED'",
            "delete from offence_protocol_events",
            "truncate offence_protocols cascade")) {
      assertThatThrownBy(() -> jdbc.sql(statement).update())
          .as(statement)
          .rootCause()
          .message()
          .containsAnyOf("permission denied", "not allowed");
    }
  }

  private CompletableFuture<Reply> submitAfter(CountDownLatch start, String key) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new HttpClientSession(port)
              .postJson("/api/offences/protocols", form(key), auth(officer));
        });
  }

  private void assertField(Map<String, Object> form, String field) {
    Reply reply = http.postJson("/api/offences/protocols", form, auth(officer));
    assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
    assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly(field);
  }

  private static Map<String, Object> form(String key) {
    return with(
        ProtocolApi.form(key, CITIZEN_IIN, PIN),
        "description",
        "Скорость 87 км/ч при ограничении 60 км/ч (радар «Кордон»)");
  }

  private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
    form.put(field, value);
    return form;
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }

  private List<Long> awaitHistory(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      List<Long> history = ledger.historyOf(new RecordRef("protocol", id));
      if (!history.isEmpty() || System.nanoTime() > deadline) {
        return history;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private long protocolsWithKey(String key) {
    return jdbc.sql("select count(*) from offence_protocols where idempotency_key = :key")
        .param("key", key)
        .query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private String bearer(String username) {
    return http.token(username, "demo");
  }
}
