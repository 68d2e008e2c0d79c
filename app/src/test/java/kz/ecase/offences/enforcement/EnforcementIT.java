package kz.ecase.offences.enforcement;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static kz.ecase.offences.ProtocolApi.ledgerTypes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.EntryIntoForce;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.enforcement.integration.AisBep;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.BepCase;
import kz.ecase.simulators.RegistrySimulators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Register → no payment → in force → sent to AIS BEP once → executed, through the HTTP API and the
 * jobs' per-protocol entry points with a moved {@code now} (the scheduled jobs run on the real
 * clock, so they leave these protocols alone, and these tests leave other tests' protocols alone).
 */
@EcaseIntegrationTest
class EnforcementIT {

  static final String CITIZEN_IIN = DecidedFines.CITIZEN_IIN;
  static final String PIN = "271828";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EntryIntoForce entryIntoForce;
  @Autowired EnforcementReferral referral;
  @Autowired EnforcementDispatcher dispatcher;
  @Autowired EnforcementStatusCheck statusCheck;
  @Autowired EnforcementOutbox outbox;
  @Autowired EnforcementMaterials materials;
  @Autowired EnforcementRecords records;
  @Autowired EnforcementProperties properties;
  @Autowired AisBep aisBep;
  @Autowired ProtocolTransitions transitions;
  @Autowired EmbeddedSimulators registries;

  HttpClientSession http;
  String officer;
  String head;
  ProtocolApi asOfficer;
  ProtocolApi asHead;
  DecidedFines fines;
  Instant now;
  Instant due;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    asOfficer = ProtocolApi.withFreshPin(http, "officer", PIN);
    asHead = ProtocolApi.withFreshPin(http, "head", PIN);
    officer = asOfficer.token();
    head = asHead.token();
    fines = new DecidedFines(asOfficer, entryIntoForce, PIN);
    now = Instant.now();
    // decided today: in force after the 10-day appeal term, due after 30 more days unpaid
    due = now.plus(Duration.ofDays(45));
  }

  @Test
  void anUnpaidDecisionGoesToEnforcementOnceAndIsPaidWhenAisBepCollects() throws Exception {
    String id = inForce();
    UUID protocol = UUID.fromString(id);
    String number = asOfficer.number(id);

    boolean tooEarly = referral.sendIfDue(protocol, now.plus(Duration.ofDays(30)));
    boolean sent = referral.sendIfDue(protocol, due);
    boolean again = referral.sendIfDue(protocol, due.plusSeconds(60));
    boolean delivered = dispatcher.dispatch(protocol, due);
    boolean deliveredAgain = dispatcher.dispatch(protocol, due.plusSeconds(3600));

    assertThat(tooEarly).isFalse();
    assertThat(sent).isTrue();
    assertThat(again).isFalse();
    assertThat(delivered).isTrue();
    assertThat(deliveredAgain).isFalse();
    assertThat(bep().casesCreated(number)).isEqualTo(1);
    assertThat(bep().submissions(number)).isEqualTo(1);
    assertThat(asOfficer.status(id)).isEqualTo("SENT_TO_ENFORCEMENT");
    JsonNode acknowledged = referral(head, "ACKNOWLEDGED", id);
    BepCase opened = bep().caseOf(number).orElseThrow();
    assertThat(acknowledged.get("caseNumber").asString()).isEqualTo(opened.caseNumber());
    assertThat(opened.debtorIin()).isEqualTo(CITIZEN_IIN);
    assertThat(opened.amountKzt()).isEqualByComparingTo(fineKzt(id));

    bep().execute(opened.caseNumber(), fineKzt(id));
    assertThat(statusCheck.check(protocol, due.plus(Duration.ofDays(1))))
        .contains(EnforcementStatus.EXECUTED);

    Reply paid = http.get("/api/offences/protocols/" + id, auth(officer));
    assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
    assertThat(paid.json().get("events").findValuesAsString("type"))
        .containsExactly(
            "REGISTER",
            "SERVE",
            "DECIDE_FINE",
            "ENTER_INTO_FORCE",
            "SEND_TO_ENFORCEMENT",
            "PAY_IN_FULL");
    JsonNode collected = paid.json().get("events").get(5);
    assertThat(collected.get("actor").asString()).isEqualTo("ais-bep");
    JsonNode executed = referral(head, "EXECUTED", id);
    assertThat(executed.get("collectedKzt").decimalValue()).isEqualByComparingTo(fineKzt(id));
    assertThat(referral(http.token("supervisor", "demo"), "EXECUTED", id)).isNotNull();
    assertThat(statusCheck.check(protocol, due.plus(Duration.ofDays(2)))).isEmpty();

    List<String> types =
        List.of(
            "offences.ProtocolRegistered",
            "offences.ProtocolTransitioned",
            "offences.ProtocolTransitioned",
            "offences.ProtocolTransitioned",
            "offences.ProtocolTransitioned",
            "offences.EnforcementAcknowledged",
            "offences.ProtocolTransitioned");
    assertThat(ledgerTypes(jdbc, id)).containsExactlyElementsOf(types);
    assertThat(ledgerPayload(id, 6).get("details").get("bepCase").asString())
        .isEqualTo(opened.caseNumber());
    asOfficer.assertBundleVerifies(id, types.size());
  }

  @Test
  void twoInstancesRunningTheJobsAtOnceSendEachProtocolOnce() {
    List<String> ids = List.of(inForce(), inForce(), inForce());
    EnforcementDispatcher otherInstance =
        new EnforcementDispatcher(outbox, materials, aisBep, records, properties);
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Void>> instances =
        List.of(
            runAfter(start, ids, dispatcher), runAfter(start, ids, otherInstance),
            runAfter(start, ids, dispatcher), runAfter(start, ids, otherInstance));
    start.countDown();
    instances.forEach(CompletableFuture::join);
    for (String id : ids) {
      UUID protocol = UUID.fromString(id);
      referral.sendIfDue(protocol, due.plusSeconds(120));
      dispatcher.dispatch(protocol, due.plusSeconds(120));
    }

    for (String id : ids) {
      String number = asOfficer.number(id);
      assertThat(bep().casesCreated(number)).as(number).isEqualTo(1);
      assertThat(bep().submissions(number)).as(number).isEqualTo(1);
      assertThat(eventsOfType(id, "SEND_TO_ENFORCEMENT")).isEqualTo(1);
      assertThat(facts(id, "ACKNOWLEDGED")).isEqualTo(1);
      assertThat(asOfficer.status(id)).isEqualTo("SENT_TO_ENFORCEMENT");
    }
  }

  @Test
  void aCrashAfterAisBepAcceptedSendsAgainAndGetsTheSameCase() {
    String id = inForce();
    UUID protocol = UUID.fromString(id);
    String number = asOfficer.number(id);
    AtomicBoolean crashed = new AtomicBoolean();
    Acknowledgements crashingOnce =
        (protocolId, caseNumber, attempts, at) -> {
          if (crashed.compareAndSet(false, true)) {
            throw new IllegalStateException("the process died before the record");
          }
          records.acknowledged(protocolId, caseNumber, attempts, at);
        };
    EnforcementDispatcher dying =
        new EnforcementDispatcher(outbox, materials, aisBep, crashingOnce, properties);
    assertThat(referral.sendIfDue(protocol, due)).isTrue();

    boolean first = dying.dispatch(protocol, due);
    String caseAtBep = bep().caseOf(number).orElseThrow().caseNumber();
    boolean whileLeased = dispatcher.dispatch(protocol, due.plusSeconds(1));
    boolean afterLease = dying.dispatch(protocol, due.plus(properties.lease()).plusSeconds(1));

    assertThat(crashed).isTrue();
    assertThat(first).isFalse();
    assertThat(whileLeased).isFalse();
    assertThat(afterLease).isTrue();
    assertThat(bep().submissions(number)).isEqualTo(2);
    assertThat(bep().casesCreated(number)).isEqualTo(1);
    assertThat(referral(head, "ACKNOWLEDGED", id).get("caseNumber").asString())
        .isEqualTo(caseAtBep);
    assertThat(referral(head, "ACKNOWLEDGED", id).get("attempts").asInt()).isEqualTo(2);
    assertThat(facts(id, "ACKNOWLEDGED")).isEqualTo(1);
  }

  @Test
  void anOutageIsRetriedWithBackoffAndShownAsFailingMeanwhile() {
    String id = inForce();
    UUID protocol = UUID.fromString(id);
    assertThat(referral.sendIfDue(protocol, due)).isTrue();
    Behaviour normal = bep().behaviour();
    boolean duringOutage;
    try {
      bep().configure(normal.withOutage(true));
      duringOutage = dispatcher.dispatch(protocol, due);
    } finally {
      bep().configure(normal);
    }
    JsonNode failing = referral(head, "FAILING", id);
    boolean tooSoon = dispatcher.dispatch(protocol, due.plusSeconds(1));
    boolean afterBackoff =
        dispatcher.dispatch(protocol, due.plus(properties.firstRetry()).plusSeconds(1));

    assertThat(duringOutage).isFalse();
    assertThat(failing.get("lastError").asString()).contains("503");
    assertThat(failing.get("attempts").asInt()).isEqualTo(1);
    assertThat(tooSoon).isFalse();
    assertThat(afterBackoff).isTrue();
    assertThat(referral(head, "ACKNOWLEDGED", id).get("lastError").isNull()).isTrue();
    assertThat(bep().casesCreated(asOfficer.number(id))).isEqualTo(1);
  }

  @Test
  void aReturnedCaseIsRecordedWithItsReasonAndTheFineStaysInEnforcement() {
    String id = inForce();
    UUID protocol = UUID.fromString(id);
    referral.sendIfDue(protocol, due);
    dispatcher.dispatch(protocol, due);
    BepCase opened = bep().caseOf(asOfficer.number(id)).orElseThrow();
    assertThat(statusCheck.check(protocol, due.plusSeconds(60)))
        .contains(EnforcementStatus.ACKNOWLEDGED);

    bep().returnCase(opened.caseNumber(), "Должник не найден по адресу регистрации");
    assertThat(statusCheck.check(protocol, due.plus(Duration.ofDays(3))))
        .contains(EnforcementStatus.RETURNED);

    assertThat(asOfficer.status(id)).isEqualTo("SENT_TO_ENFORCEMENT");
    JsonNode returned = referral(head, "RETURNED", id);
    assertThat(returned.get("returnReason").asString())
        .isEqualTo("Должник не найден по адресу регистрации");
    assertThat(ledgerTypes(jdbc, id)).last().isEqualTo("offences.EnforcementReturned");
    assertThat(statusCheck.check(protocol, due.plus(Duration.ofDays(4)))).isEmpty();
  }

  @Test
  void aPaidOrAppealedProtocolIsNeverSent() {
    String paid = inForce();
    transitions.bySystem(
        UUID.fromString(paid),
        ProtocolTransition.PAY_IN_FULL,
        "payment-provider",
        now.plus(Duration.ofDays(20)),
        "",
        Map.of("amountKzt", "43250.00"));
    String appealed = decided();
    Reply appeal =
        ProtocolApi.as(http, "citizen").step(appealed, "APPEAL", "Я не управлял автомобилем", null);
    assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);

    assertThat(referral.sendIfDue(UUID.fromString(paid), due)).isFalse();
    assertThat(referral.sendIfDue(UUID.fromString(appealed), due)).isFalse();
    assertThat(referral.sendIfDue(UUID.fromString(appealed), due.plus(Duration.ofDays(365))))
        .isFalse();

    for (String id : List.of(paid, appealed)) {
      assertThat(outboxRows(id)).isZero();
      assertThat(bep().submissions(asOfficer.number(id))).isZero();
    }
  }

  @Test
  void aWarningInForceIsNeverACandidateAFineIs() {
    String fine = inForce();
    Reply registered = asOfficer.submit(form(CITIZEN_IIN, PIN));
    String warning = registered.json().get("id").asString();
    assertThat(asOfficer.step(warning, "SERVE", null, PIN).status()).isEqualTo(201);
    Reply warned = asOfficer.step(warning, "DECIDE_WARNING", null, PIN);
    assertThat(warned.status()).as(warned.body()).isEqualTo(201);
    assertThat(entryIntoForce.enterIfDue(UUID.fromString(warning), now.plus(Duration.ofDays(12))))
        .isTrue();

    List<UUID> candidates = outbox.candidates(due.minus(Duration.ofDays(30)), 100_000);

    assertThat(candidates).contains(UUID.fromString(fine)).doesNotContain(UUID.fromString(warning));
    assertThat(referral.sendIfDue(UUID.fromString(warning), due)).isFalse();
    assertThat(outboxRows(warning)).isZero();
  }

  @Test
  void theOverseersPageCountsEachStatusAndShowsWhatFailedAndWhy() {
    String id = inForce();
    UUID protocol = UUID.fromString(id);
    assertThat(referral.sendIfDue(protocol, due)).isTrue();
    JsonNode before = counts(head);
    Behaviour normal = bep().behaviour();
    try {
      bep().configure(normal.withOutage(true));
      dispatcher.dispatch(protocol, due);
    } finally {
      bep().configure(normal);
    }
    JsonNode after = counts(head);
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("head", "demo");
    Reply failing = browser.get("/offences/enforcement?status=FAILING");
    Reply all = browser.get("/offences/enforcement");
    Reply unknown = browser.get("/offences/enforcement?status=FORGOTTEN");

    assertThat(after.get("FAILING").asLong()).isEqualTo(before.get("FAILING").asLong() + 1);
    assertThat(after.get("SENT").asLong()).isEqualTo(before.get("SENT").asLong() - 1);
    assertThat(failing.status()).isEqualTo(200);
    String row = rowOf(failing.body(), asOfficer.number(id));
    assertThat(row).contains("data-status=\"FAILING\"", "503");
    assertThat(failing.body())
        .contains("<span class=\"count\">" + after.get("FAILING").asLong() + "</span>");
    assertThat(rowOf(all.body(), asOfficer.number(id))).contains("data-status=\"FAILING\"");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.body()).contains("id=\"status-error\"");
    assertThat(http.get("/api/offences/enforcement/counts", auth(officer)).status()).isEqualTo(403);
  }

  /** The table row of the page that holds the protocol number. */
  private static String rowOf(String page, String number) {
    int at = page.indexOf(">" + number + "<");
    assertThat(at).as("protocol %s on the page", number).isPositive();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  private JsonNode counts(String token) {
    Reply counts = http.get("/api/offences/enforcement/counts", auth(token));
    assertThat(counts.status()).as(counts.body()).isEqualTo(200);
    return counts.json();
  }

  @Test
  void onlyOverseersSeeTheListAndAnUnknownStatusIsRefused() {
    Reply byOfficer = http.get("/api/offences/enforcement", auth(officer));
    Reply unknown = http.get("/api/offences/enforcement?status=FORGOTTEN", auth(head));

    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("status");
  }

  private CompletableFuture<Void> runAfter(
      CountDownLatch start, List<String> ids, EnforcementDispatcher instance) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          for (String id : ids) {
            UUID protocol = UUID.fromString(id);
            referral.sendIfDue(protocol, due);
            instance.dispatch(protocol, due);
          }
        });
  }

  private JsonNode referral(String token, String status, String id) {
    Reply list =
        http.get("/api/offences/enforcement?status=" + status + "&limit=1000", auth(token));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode row : list.json()) {
      assertThat(row.get("status").asString()).isEqualTo(status);
      if (row.get("protocolId").asString().equals(id)) {
        found.add(row);
      }
    }
    assertThat(found).as("%s among %s referrals", id, status).hasSize(1);
    return found.get(0);
  }

  private String inForce() {
    return fines.inForce(now);
  }

  private String decided() {
    return fines.decided();
  }

  private kz.ecase.simulators.AisBep bep() {
    return registries.running(RegistrySimulators.class).enforcement();
  }

  private BigDecimal fineKzt(String id) {
    return asOfficer.protocol(id).json().get("fineKzt").decimalValue();
  }

  private long eventsOfType(String id, String type) {
    return count("offence_protocol_events", id, "type = '" + type + "'");
  }

  private long facts(String id, String kind) {
    return count("enforcement_facts", id, "kind = '" + kind + "'");
  }

  private long outboxRows(String id) {
    return count("enforcement_outbox", id, "true");
  }

  private long count(String table, String id, String condition) {
    return jdbc.sql("select count(*) from " + table + " where protocol_id = :id and " + condition)
        .param("id", UUID.fromString(id))
        .query(Long.class)
        .single();
  }

  private JsonNode ledgerPayload(String id, int position) {
    String json =
        jdbc.sql(
                "select convert_from(entry, 'UTF8') from (select 0 as waiting, idx as position,"
                    + " entry from ledger_entries where record_key = :key union all select 1, id,"
                    + " entry from ledger_pending where record_key = :key) recorded order by"
                    + " waiting, position offset :skip limit 1")
            .param("key", "protocol/" + id)
            .param("skip", position)
            .query(String.class)
            .single();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).get("payload");
  }
}
