package kz.ecase.offences.payments;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static kz.ecase.offences.ProtocolApi.ledgerTypes;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.notifications.sms.SmsDispatcher;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.CallbackSignature;
import kz.ecase.simulators.PaymentProvider;
import kz.ecase.simulators.PaymentProviderSettings;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payments end to end through the HTTP API and the simulated provider: register → SMS notice with
 * the payment reference → pay with the discount → paid, in the ledger and verified; signed,
 * replay-protected, idempotent callbacks; partial and over-payments; an appeal suspends payment;
 * reconciliation applies a lost callback.
 */
@EcaseIntegrationTest
class PaymentsIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "271828";
  static final String WEBHOOK = "/api/offences/payments/notifications";
  static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators registries;
  @Autowired Reconciliation reconciliation;
  @Autowired SmsDispatcher dispatcher;

  HttpClientSession http;
  ProtocolApi asOfficer;
  String officer;
  String citizen;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    asOfficer = ProtocolApi.withFreshPin(http, "officer", PIN);
    officer = asOfficer.token();
    citizen = http.token("citizen", "demo");
  }

  @AfterEach
  void resetProvider() {
    provider().configure(defaults());
  }

  @Test
  void registerThenPayHalfThroughTheProviderInTimeClosesTheCaseVerifiably() throws Exception {
    JsonNode registered = register();
    String id = registered.get("id").asString();
    assertThat(registered.get("discountDeadline").isNull()).isFalse();
    // a shared database may hold other tests' notices before this one: send until it is out
    String clientRef = "protocol-" + asOfficer.number(id) + "-notice";
    String notice =
        Eventually.within(
                Duration.ofSeconds(60),
                () -> {
                  dispatcher.dispatchDue();
                  return registries.running(RegistrySimulators.class).smsWithClientRef(clientRef);
                },
                Optional::isPresent)
            .orElseThrow()
            .text();
    assertThat(notice).contains(asOfficer.number(id)).contains(reference(id));
    asOfficer.stepped(id, "SERVE", PIN);

    JsonNode mine = http.get("/api/offences/my-protocols/" + id, auth(citizen)).json();
    assertThat(mine.get("dueNowKzt").decimalValue()).isEqualByComparingTo("21625.00");
    assertThat(mine.get("mayPay").asBoolean()).isTrue();
    Reply started =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode paid = payAtProvider(started.json().get("payUrl").asString(), null);

    assertThat(paid.get("status").asString()).isEqualTo("PAID");
    await(() -> asOfficer.status(id), "PAID");
    JsonNode protocol = http.get("/api/offences/protocols/" + id, auth(officer)).json();
    assertThat(protocol.get("events").findValuesAsString("type"))
        .containsExactly("REGISTER", "SERVE", "PAY_WITH_DISCOUNT");
    assertThat(ledgerTypes(jdbc, id))
        .containsExactly(
            "offences.ProtocolRegistered",
            "offences.ProtocolTransitioned",
            "offences.PaymentReceived",
            "offences.ProtocolTransitioned");
    assertThat(payments(id)).hasSize(1);
    assertThat(payments(id).get(0).get("outcome")).isEqualTo("PAID_WITH_DISCOUNT");
    asOfficer.assertBundleVerifies(id, 4);
  }

  @Test
  void theSameNotificationTwiceRecordsOnePaymentAndAnswers200Both() {
    String id = register().get("id").asString();
    byte[] body = notification("it-" + UUID.randomUUID(), reference(id), "21625.00", Instant.now());

    Reply first = notify(body, Instant.now(), registries.paymentSecret());
    Reply second = notify(body, Instant.now(), registries.paymentSecret());

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(first.json().get("repeated").asBoolean()).isFalse();
    assertThat(second.json().get("repeated").asBoolean()).isTrue();
    assertThat(payments(id)).hasSize(1);
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
  }

  @Test
  void aSignedCallbackPaidInTheFutureOrLongAgoIsRefusedAndNothingStored() {
    String id = register().get("id").asString();
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
    Instant yearOne = Instant.parse("0001-01-01T00:00:00Z");

    for (Instant paidAt : new Instant[] {tomorrow, yearOne}) {
      Reply reply =
          notify(notification("it-" + UUID.randomUUID(), reference(id), "21625.00", paidAt));

      assertThat(reply.status()).as(paidAt + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("paidAt");
    }
    assertThat(payments(id)).isEmpty();
    assertThat(asOfficer.status(id)).isNotEqualTo("PAID");
  }

  @Test
  void theProvidersRepeatedCallbacksRecordOnePayment() throws Exception {
    String id = register().get("id").asString();
    provider().configure(defaults().withDuplicateCallbacks(2));
    Reply started =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
    String paymentId = started.json().get("paymentId").asString();

    payAtProvider(started.json().get("payUrl").asString(), null);

    await(() -> String.valueOf(provider().deliveredCallbacks(paymentId)), "3");
    assertThat(payments(id)).hasSize(1);
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
  }

  @Test
  void aWrongSignatureOrAnOldTimestampIsRefusedAndNothingIsStored() {
    String id = register().get("id").asString();
    String paymentId = "it-" + UUID.randomUUID();
    byte[] body = notification(paymentId, reference(id), "21625.00", Instant.now());

    Reply wrongSecret = notify(body, Instant.now(), "not-the-shared-secret-at-all");
    Reply replayed =
        notify(body, Instant.now().minus(Duration.ofMinutes(20)), registries.paymentSecret());
    Reply unsigned = http.postBytes(WEBHOOK, "application/json", body);
    Reply anonymousJunk = http.postJson(WEBHOOK, Map.of("paymentId", paymentId));

    assertThat(wrongSecret.status()).isEqualTo(401);
    assertThat(wrongSecret.json().get("type").asString()).endsWith("/bad-signature");
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.json().get("type").asString()).endsWith("/stale-signature");
    assertThat(unsigned.status()).isEqualTo(401);
    assertThat(anonymousJunk.status()).isEqualTo(401);
    assertThat(countPayment(paymentId)).isZero();
    assertThat(asOfficer.status(id)).isEqualTo("REGISTERED");
  }

  @Test
  void partialPaymentsAddUpAndTheRestCloses() {
    String id = register().get("id").asString();

    Reply part =
        notify(notification("it-" + UUID.randomUUID(), reference(id), "10000.00", Instant.now()));
    String afterPart = asOfficer.status(id);
    JsonNode due = http.get("/api/offences/my-protocols/" + id, auth(citizen)).json();
    Reply rest =
        notify(notification("it-" + UUID.randomUUID(), reference(id), "11625.00", Instant.now()));

    assertThat(part.json().get("outcome").asString()).isEqualTo("PARTIAL");
    assertThat(afterPart).isEqualTo("REGISTERED");
    assertThat(due.get("dueNowKzt").decimalValue()).isEqualByComparingTo("11625.00");
    assertThat(rest.json().get("outcome").asString()).isEqualTo("PAID_WITH_DISCOUNT");
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
  }

  @Test
  void anOverPaymentClosesAndItsExcessIsFlaggedForRefund() {
    String id = register().get("id").asString();

    Reply paid =
        notify(notification("it-" + UUID.randomUUID(), reference(id), "43250.00", Instant.now()));

    assertThat(paid.json().get("outcome").asString()).isEqualTo("PAID_WITH_DISCOUNT");
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
    Map<String, Object> row = payments(id).get(0);
    assertThat((BigDecimal) row.get("excess_kzt")).isEqualByComparingTo("21625.00");
    assertThat((String) row.get("attention")).contains("refund");
    JsonNode seen = http.get("/api/offences/protocols/" + id + "/payments", auth(citizen)).json();
    assertThat(seen.get(0).get("excessKzt").decimalValue()).isEqualByComparingTo("21625.00");
    assertThat(seen.get(0).get("receipt").isNull()).isFalse();
  }

  @Test
  void theCitizensAppealWithinTheTermSuspendsPayment() {
    String id = register().get("id").asString();
    asOfficer.stepped(id, "SERVE", PIN);
    asOfficer.stepped(id, "DECIDE_FINE", PIN);

    Reply appeal =
        http.postJson(
            "/api/offences/protocols/" + id + "/events",
            Map.of("transition", "APPEAL", "reasons", "Я не управлял автомобилем"),
            auth(citizen));
    JsonNode mine = http.get("/api/offences/my-protocols/" + id, auth(citizen)).json();
    Reply start =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
    Reply paid =
        notify(notification("it-" + UUID.randomUUID(), reference(id), "21625.00", Instant.now()));

    assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
    assertThat(mine.get("status").asString()).isEqualTo("APPEALED");
    assertThat(mine.get("mayPay").asBoolean()).isFalse();
    assertThat(mine.get("mayAppeal").asBoolean()).isFalse();
    assertThat(start.status()).isEqualTo(409);
    assertThat(start.json().get("type").asString()).endsWith("/payment-not-possible");
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.json().get("outcome").asString()).isEqualTo("HELD");
    assertThat(asOfficer.status(id)).isEqualTo("APPEALED");
    assertThat((String) payments(id).get(0).get("attention")).contains("APPEALED");
    JsonNode flagged =
        http.get("/api/offences/payments/flagged", auth(http.token("head", "demo"))).json();
    assertThat(flagged.findValuesAsString("protocolId")).contains(id);
  }

  @Test
  void reconciliationAppliesAPaymentWhoseCallbackWasLost() throws Exception {
    String id = register().get("id").asString();
    provider().configure(defaults().withDropCallbackRate(1.0));
    Reply started =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
    String paymentId = started.json().get("paymentId").asString();
    payAtProvider(started.json().get("payUrl").asString(), null);
    Thread.sleep(300);
    assertThat(asOfficer.status(id)).isEqualTo("REGISTERED");
    String today = LocalDate.now(KAZAKHSTAN).toString();
    String head = http.token("head", "demo");

    Reply run =
        http.postJson("/api/offences/payments/reconciliations/" + today, Map.of(), auth(head));
    Reply report = http.get("/api/offences/payments/reconciliations/" + today, auth(head));
    Reply byOfficer = http.get("/api/offences/payments/reconciliations/" + today, auth(officer));

    assertThat(run.status()).as(run.body()).isEqualTo(201);
    JsonNode line = lineOf(run.json(), paymentId);
    assertThat(line.get("kind").asString()).isEqualTo("MISSING_IN_ECASE");
    assertThat(line.get("action").asString()).isEqualTo("PAID_WITH_DISCOUNT");
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
    assertThat(report.json().get("run").asInt()).isEqualTo(run.json().get("run").asInt());
    assertThat(byOfficer.status()).isEqualTo(403);
    assertThat(payments(id).get(0).get("received_via")).isEqualTo("RECONCILIATION");
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("head", "demo");
    Reply page = browser.get("/offences/payments/reconciliations?date=" + today);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(paymentId, "data-kind=\"MISSING_IN_ECASE\"");
  }

  @Test
  void theSameCallbackDeliveredConcurrentlyIsRecordedOnce() {
    String id = register().get("id").asString();
    byte[] body = notification("it-" + UUID.randomUUID(), reference(id), "21625.00", Instant.now());
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Reply>> replies =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return notify(body);
                        }))
            .toList();
    start.countDown();

    List<Reply> answers = replies.stream().map(CompletableFuture::join).toList();
    assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
    assertThat(answers.stream().filter(r -> !r.json().get("repeated").asBoolean())).hasSize(1);
    assertThat(payments(id)).hasSize(1);
    assertThat(asOfficer.status(id)).isEqualTo("PAID");
  }

  @Test
  void twoInstancesReconcilingTheSameDayMakeOneReport() {
    LocalDate day = LocalDate.of(1950, 1, 1).plusDays(new Random().nextInt(15_000));

    List<CompletableFuture<Reconciliation.Report>> runs =
        List.of(
            CompletableFuture.supplyAsync(() -> reconciliation.reconcile(day, "system", true)),
            CompletableFuture.supplyAsync(() -> reconciliation.reconcile(day, "system", true)));

    assertThat(runs.stream().map(r -> r.join().run()).distinct()).containsExactly(1);
    assertThat(
            jdbc.sql("select count(*) from offence_payment_reconciliations where day = :day")
                .param("day", java.sql.Date.valueOf(day))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theCitizenAppealsAndPaysFromThePortalPage() throws Exception {
    String toPay = register().get("id").asString();
    String toAppeal = register().get("id").asString();
    asOfficer.stepped(toAppeal, "SERVE", PIN);
    asOfficer.stepped(toAppeal, "DECIDE_FINE", PIN);
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("citizen", "demo");

    Reply page = browser.get("/offences/my-protocols");
    Reply noGrounds =
        browser.postForm(
            "/offences/my-protocols/" + toAppeal + "/appeal",
            Map.of("_csrf", HttpClientSession.csrfTokenOf(page.body()), "grounds", " "));
    Reply appealed =
        browser.postForm(
            "/offences/my-protocols/" + toAppeal + "/appeal",
            Map.of("_csrf", HttpClientSession.csrfTokenOf(noGrounds.body()), "grounds", "Не я"));
    Reply payPage =
        browser.postForm(
            "/offences/my-protocols/" + toPay + "/pay",
            Map.of("_csrf", HttpClientSession.csrfTokenOf(appealed.body())));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(asOfficer.number(toPay), asOfficer.number(toAppeal));
    assertThat(noGrounds.status()).isEqualTo(200);
    assertThat(noGrounds.body())
        .contains("class=\"field-error\"")
        .contains("aria-invalid=\"true\"");
    assertThat(appealed.status()).isEqualTo(200);
    assertThat(asOfficer.status(toAppeal)).isEqualTo("APPEALED");
    assertThat(payPage.status()).isEqualTo(200);
    assertThat(payPage.raw().uri().getPath()).startsWith("/payment-provider/payments/");
    assertThat(payPage.body()).contains(reference(toPay), "21625.00");

    HttpResponse<Void> paid =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(payPage.raw().uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("method=QR"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(paid.statusCode()).isEqualTo(303);
    URI back = URI.create(paid.headers().firstValue("Location").orElseThrow());
    assertThat(back.getPath())
        .as("back to the protocol")
        .isEqualTo("/offences/my-protocols/" + toPay);
    Reply returned = browser.get(back.getPath() + "?" + back.getQuery());
    assertThat(returned.body()).contains("id=\"returned\"");
    await(() -> asOfficer.status(toPay), "PAID");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode lineOf(JsonNode report, String paymentId) {
    for (JsonNode line : report.get("lines")) {
      if (line.get("providerPaymentId").asString().equals(paymentId)) {
        return line;
      }
    }
    throw new AssertionError("no line of " + paymentId + " in " + report);
  }

  private JsonNode payAtProvider(String payUrl, String amount) throws Exception {
    Map<String, String> body = new HashMap<>();
    body.put("method", "CARD");
    if (amount != null) {
      body.put("amountKzt", amount);
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(payUrl))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The simulator's defaults with the secret ecase generated for it at start. */
  private PaymentProviderSettings defaults() {
    return PaymentProviderSettings.DEFAULT.withSecret(registries.paymentSecret());
  }

  private PaymentProvider provider() {
    return registries.running(RegistrySimulators.class).paymentProvider();
  }

  private Reply notify(byte[] body) {
    return notify(body, Instant.now(), registries.paymentSecret());
  }

  private Reply notify(byte[] body, Instant at, String secret) {
    String timestamp = Long.toString(at.getEpochSecond());
    return http.postBytes(
        WEBHOOK,
        "application/json",
        body,
        CallbackSignature.TIMESTAMP_HEADER,
        timestamp,
        CallbackSignature.SIGNATURE_HEADER,
        CallbackSignature.sign(secret, timestamp, body));
  }

  private static byte[] notification(
      String paymentId, String reference, String amount, Instant paidAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("paymentId", paymentId);
    body.put("reference", reference);
    body.put("amountKzt", amount);
    body.put("method", "CARD");
    body.put("paidAt", paidAt.toString());
    body.put("status", "PAID");
    return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
  }

  private JsonNode register() {
    Reply reply = asOfficer.register(form(CITIZEN_IIN, PIN));
    assertThat(reply.json().get("fineKzt").decimalValue()).isEqualByComparingTo("43250.00");
    return reply.json();
  }

  private String reference(String id) {
    return http.get("/api/offences/protocols/" + id, auth(officer))
        .json()
        .get("paymentReference")
        .asString();
  }

  private List<Map<String, Object>> payments(String id) {
    return jdbc.sql("select * from offence_payments where protocol_id = :id order by paid_at")
        .param("id", UUID.fromString(id))
        .query()
        .listOfRows();
  }

  private long countPayment(String providerPaymentId) {
    return jdbc.sql("select count(*) from offence_payments where provider_payment_id = :id")
        .param("id", providerPaymentId)
        .query(Long.class)
        .single();
  }

  private static void await(Supplier<String> actual, String expected) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(15);
    String last = actual.get();
    while (!expected.equals(last) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      last = actual.get();
    }
    assertThat(last).isEqualTo(expected);
  }
}
