package kz.ecase.offences.payments;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.platform.simulation.EmbeddedSimulators;
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

/**
 * The citizen's protocol pages over HTTP: one pending payment at a time (two starts at once give
 * the same payment, and the page follows it without offering Pay), the PDFs of the protocol and its
 * decision to the person and to no other citizen, the records about them by number and without
 * their own views, and the heads' reconciliation listing the day's payments, differences first.
 */
@EcaseIntegrationTest
class CitizenProtocolPagesIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired EmbeddedSimulators simulators;

  HttpClientSession http;
  ProtocolApi officer;
  String citizen;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    citizen = http.token("citizen", "demo");
  }

  @AfterEach
  void resetProvider() {
    provider().configure(PaymentProviderSettings.DEFAULT.withSecret(simulators.paymentSecret()));
  }

  @Test
  void twoStartsAtOnceGiveOnePaymentAndThePageFollowsItUntilPaid() throws Exception {
    provider()
        .configure(
            PaymentProviderSettings.DEFAULT
                .withSecret(simulators.paymentSecret())
                .withDropCallbackRate(1.0));
    String id = register();
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Reply>> starts =
        List.of(startPayment(id, start), startPayment(id, start));
    start.countDown();
    List<Reply> started = starts.stream().map(CompletableFuture::join).toList();
    Reply again =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));

    assertThat(started).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    String paymentId = started.get(0).json().get("paymentId").asString();
    assertThat(started.get(1).json().get("paymentId").asString()).isEqualTo(paymentId);
    assertThat(again.json().get("paymentId").asString()).isEqualTo(paymentId);
    assertThat(again.json().get("payUrl").asString())
        .isEqualTo(started.get(0).json().get("payUrl").asString());
    assertThat(checkouts(id)).isEqualTo(1);
    JsonNode mine = http.get("/api/offences/my-protocols/" + id, auth(citizen)).json();
    assertThat(mine.get("paymentPending").asBoolean()).isTrue();
    assertThat(mine.get("mayPay").asBoolean()).as("no second payment offered").isFalse();

    HttpClientSession browser = signedIn("citizen");
    Reply page = browser.get("/offences/my-protocols/" + id + "?lang=en");
    assertThat(page.body())
        .contains("id=\"pending\"", "hx-trigger=\"every 2s\"", "id=\"continue-payment\"")
        .doesNotContain("form class=\"pay\"");
    Reply pendingFragment = browser.get("/offences/my-protocols/" + id + "/status?lang=en");
    assertThat(pendingFragment.body())
        .contains("id=\"payment\"")
        .contains("data-pending=\"true\"", "hx-trigger=\"every 2s\"");

    pay(started.get(0).json().get("payUrl").asString());
    // the callback is lost; the day's reconciliation records the payment
    new HttpClientSession(port)
        .postJson(
            "/api/offences/payments/reconciliations/" + LocalDate.now(ZoneId.of("Asia/Almaty")),
            Map.of(),
            auth(http.token("head", "demo")));
    Reply settled = browser.get("/offences/my-protocols/" + id + "/status?lang=en");
    assertThat(settled.body())
        .contains("data-status=\"PAID\"", "data-pending=\"false\"")
        .doesNotContain("hx-trigger", "form class=\"pay\"");
    Reply otherCitizens =
        signedIn(anotherCitizen()).get("/offences/my-protocols/" + id + "/status?lang=en");
    assertThat(otherCitizens.status()).isEqualTo(404);
  }

  @Test
  void aPendingPaymentIsNotGivenAgainOnceTheProtocolIsAppealed() {
    String id = register();
    officer.stepped(id, "SERVE", PIN);
    officer.stepped(id, "DECIDE_FINE", PIN);
    startAndGetPayUrl(id);

    Reply appeal =
        http.postJson(
            "/api/offences/protocols/" + id + "/events",
            Map.of("transition", "APPEAL", "reasons", "Не я"),
            auth(citizen));
    Reply again =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));

    assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    JsonNode mine = http.get("/api/offences/my-protocols/" + id, auth(citizen)).json();
    assertThat(mine.get("paymentPending").asBoolean()).isFalse();
    assertThat(mine.get("mayPay").asBoolean()).isFalse();
  }

  @Test
  void theCitizenOpensThePdfsOfTheProtocolAndItsDecisionAndAnotherCitizenCannot() {
    String id = register();
    officer.stepped(id, "SERVE", PIN);
    officer.stepped(id, "DECIDE_FINE", PIN);
    HttpClientSession browser = signedIn("citizen");

    Reply page = browser.get("/offences/my-protocols/" + id + "?lang=en");
    Map<String, String> documents = documentLinks(page.body());

    assertThat(documents).containsKeys("REGISTER", "DECIDE_FINE");
    assertThat(page.body()).contains("Protocol (PDF)", "Decision: fine (PDF)");
    HttpClientSession other = signedIn(anotherCitizen());
    for (String href : documents.values()) {
      HttpClientSession.BinaryReply pdf = browser.getBytes(href);
      assertThat(pdf.status()).as(href).isEqualTo(200);
      assertThat(pdf.contentType()).isEqualTo("application/pdf");
      assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
      assertThat(other.getBytes(href).status()).as("another citizen, " + href).isEqualTo(404);
    }
    assertThat(other.get("/offences/my-protocols/" + id).status()).isEqualTo(404);
  }

  @Test
  void recordsAboutMeShowNumbersAndOnlyOtherPeoplesReads() {
    String id = register();
    String number = officer.number(id);
    String purpose = "check-" + UUID.randomUUID();
    http.get("/api/offences/protocols/" + id + "?purpose=" + purpose, auth(officer.token()));
    HttpClientSession browser = signedIn("citizen");
    browser.get("/offences/my-protocols/" + id);

    String reads = browser.get("/audit/about-me?lang=en").body();
    String row = rowWith(reads, purpose);

    assertThat(row).contains("Protocol No. " + number).doesNotContain("protocol/");
    assertThat(reads)
        .as("the citizen's own views are not listed")
        .doesNotContain("citizen portal")
        .doesNotContain("protocol/" + id);
    JsonNode api = http.get("/api/audit/reads/about-me", auth(citizen)).json();
    assertThat(api.findValuesAsString("reader")).doesNotContain("citizen").isNotEmpty();
  }

  @Test
  void theReconciliationListsTheDaysPaymentsDifferencesFirstWithNumbersAndNames() throws Exception {
    String matched = register();
    String lost = register();
    pay(startAndGetPayUrl(matched));
    Eventually.within(
        java.time.Duration.ofSeconds(15), () -> officer.status(matched), "PAID"::equals);
    provider()
        .configure(
            PaymentProviderSettings.DEFAULT
                .withSecret(simulators.paymentSecret())
                .withDropCallbackRate(1.0));
    pay(startAndGetPayUrl(lost));
    String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
    HttpClientSession head = signedIn("head");

    Reply before = head.get("/offences/payments/reconciliations?lang=en&date=" + today);
    Reply run =
        head.postForm(
            "/offences/payments/reconciliations",
            Map.of("_csrf", HttpClientSession.csrfTokenOf(before.body()), "date", today));
    String page =
        head.get("/offences/payments/reconciliations?lang=en&date=" + today)
            .body()
            .replace('\u00a0', ' ');

    assertThat(run.status()).isEqualTo(200);
    assertThat(page).contains("by Ерлан Сапаров").doesNotContain("by head:");
    String payments = page.substring(page.indexOf("id=\"day-payments\""));
    String matchedRow = rowWith(payments, officer.number(matched));
    String lostRow = rowWith(payments, officer.number(lost));
    assertThat(matchedRow).contains("data-matched=\"true\"", "21 625 ₸", ">matched<");
    assertThat(lostRow).contains("data-matched=\"false\"", "21 625 ₸", "callback lost");
    assertThat(rowWith(page, officer.number(lost)))
        .as("the report's line names the protocol by its number")
        .contains("data-kind=\"MISSING_IN_ECASE\"");
    int lastUnmatched = payments.lastIndexOf("data-matched=\"false\"");
    int firstMatched = payments.indexOf("data-matched=\"true\"");
    assertThat(lastUnmatched).as("the differences first").isLessThan(firstMatched);
    assertThat(page).doesNotContain(matched).doesNotContain(lost);
  }

  private String register() {
    Reply reply = officer.register(form(CITIZEN_IIN, PIN));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  private CompletableFuture<Reply> startPayment(String id, CountDownLatch start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new HttpClientSession(port)
              .postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
        });
  }

  private String startAndGetPayUrl(String id) {
    Reply started =
        http.postJson("/api/offences/my-protocols/" + id + "/payments", Map.of(), auth(citizen));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().get("payUrl").asString();
  }

  private static void pay(String payUrl) throws Exception {
    HttpResponse<String> paid =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(payUrl))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"CARD\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
  }

  private long checkouts(String id) {
    return jdbc.sql("select count(*) from offence_payment_checkouts where protocol_id = :id")
        .param("id", UUID.fromString(id))
        .query(Long.class)
        .single();
  }

  private HttpClientSession signedIn(String username) {
    HttpClientSession session = new HttpClientSession(port);
    session.signIn(username, "demo");
    return session;
  }

  /** The document links of the page, by the step whose act each is. */
  private static Map<String, String> documentLinks(String html) {
    Map<String, String> links = new java.util.LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "data-step=\"([A-Z_]+)\">\\s*<a class=\"pdf\" href=\"([^\"]+)\"", Pattern.DOTALL)
            .matcher(html);
    while (m.find()) {
      links.put(m.group(1), m.group(2).replace("&amp;", "&"));
    }
    return links;
  }

  /** The table row ({@code <tr …</tr>}) of the page that contains the text. */
  private static String rowWith(String html, String text) {
    int at = html.indexOf(text);
    assertThat(at).as("the page lists " + text).isNotNegative();
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }

  /** A citizen's account of a fresh IIN (the demo citizen's password), with no protocols. */
  private String anotherCitizen() {
    String username = "citizen-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql(
            "insert into user_accounts (username, password_hash, display_name, role, iin)"
                + " select :name, password_hash, 'Другой гражданин', 'CITIZEN', :iin from"
                + " user_accounts where username = 'citizen'")
        .param("name", username)
        .param("iin", freshIin())
        .update();
    return username;
  }

  private static String freshIin() {
    while (true) {
      String eleven = "9102024" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      String iin = eleven + Iin.checkDigitOf(eleven);
      if (Iin.check(iin).isEmpty()) {
        return iin;
      }
    }
  }

  private kz.ecase.simulators.PaymentProvider provider() {
    return simulators.running(RegistrySimulators.class).paymentProvider();
  }
}
