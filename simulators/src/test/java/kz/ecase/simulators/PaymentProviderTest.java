package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PaymentProviderTest {

  record Callback(String timestamp, String signature, byte[] body) {}

  final JsonMapper json = JsonMapper.builder().build();
  final HttpClient http = HttpClient.newHttpClient();
  final BlockingQueue<Callback> received = new LinkedBlockingQueue<>();
  RegistrySimulators simulators;
  HttpServer merchant;

  @BeforeEach
  void start() throws Exception {
    simulators = RegistrySimulators.start(0);
    merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    merchant.createContext(
        "/callback",
        exchange -> {
          received.add(
              new Callback(
                  exchange.getRequestHeaders().getFirst(CallbackSignature.TIMESTAMP_HEADER),
                  exchange.getRequestHeaders().getFirst(CallbackSignature.SIGNATURE_HEADER),
                  exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    merchant.start();
  }

  @AfterEach
  void stop() {
    merchant.stop(0);
    simulators.close();
  }

  @Test
  void aCompletedPaymentIsReportedOnceSignedAndListedInTheDaysStatement() throws Exception {
    JsonNode created = create("123456789012345", "21625.00");
    assertThat(created.get("payUrl").asString()).startsWith(simulators.paymentProviderUrl());

    JsonNode paid = pay(created.get("id").asString(), "{\"method\":\"QR\"}");

    assertThat(paid.get("status").asString()).isEqualTo("PAID");
    Callback callback = received.poll(5, TimeUnit.SECONDS);
    assertThat(callback).isNotNull();
    assertThat(callback.signature())
        .isEqualTo(
            CallbackSignature.sign(
                PaymentProviderSettings.DEFAULT_SECRET, callback.timestamp(), callback.body()));
    JsonNode body = json.readTree(callback.body());
    assertThat(body.get("reference").asString()).isEqualTo("123456789012345");
    assertThat(body.get("amountKzt").asString()).isEqualTo("21625.00");
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    String today = LocalDate.now(RegistrySimulators.KAZAKHSTAN).toString();
    JsonNode statement = get("/statements/" + today);
    assertThat(statement.get("payments").findValuesAsString("paymentId"))
        .contains(created.get("id").asString());
  }

  @Test
  void knobsDropOrRepeatCallbacksAndAnotherSumMayBePaid() throws Exception {
    simulators.paymentProvider().configure(PaymentProviderSettings.DEFAULT.withDropCallbackRate(1));
    String dropped = create("111", "100.00").get("id").asString();
    pay(dropped, "{\"method\":\"CARD\",\"amountKzt\":\"40.00\"}");
    simulators
        .paymentProvider()
        .configure(
            PaymentProviderSettings.DEFAULT.withDuplicateCallbacks(2).withSecret("x".repeat(20)));
    String repeated = create("222", "100.00").get("id").asString();
    pay(repeated, "{\"method\":\"CARD\"}");

    List<Callback> callbacks =
        List.of(
            received.poll(5, TimeUnit.SECONDS),
            received.poll(5, TimeUnit.SECONDS),
            received.poll(5, TimeUnit.SECONDS));
    assertThat(callbacks)
        .allSatisfy(
            c ->
                assertThat(json.readTree(c.body()).get("paymentId").asString())
                    .isEqualTo(repeated));
    assertThat(callbacks.get(0).signature())
        .isEqualTo(
            CallbackSignature.sign(
                "x".repeat(20), callbacks.get(0).timestamp(), callbacks.get(0).body()));
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(simulators.paymentProvider().payment(dropped).orElseThrow().paidKzt())
        .isEqualByComparingTo("40.00");
    assertThat(simulators.paymentProvider().payment(dropped).orElseThrow().paidAt())
        .isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void adminApiRefusesAnInvalidChangeAndNeverShowsTheSecret() throws Exception {
    HttpResponse<String> bad = admin("{\"dropCallbackRate\":2}");
    HttpResponse<String> good =
        admin("{\"duplicateCallbacks\":1,\"secret\":\"" + "s".repeat(20) + "\"}");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(good.body()).doesNotContain("sss").contains("\"duplicateCallbacks\":1");
    assertThat(simulators.paymentProvider().settings().secret()).isEqualTo("s".repeat(20));
  }

  private JsonNode create(String reference, String amount) throws Exception {
    String body =
        json.writeValueAsString(
            java.util.Map.of(
                "reference",
                reference,
                "amountKzt",
                amount,
                "callbackUrl",
                "http://127.0.0.1:" + merchant.getAddress().getPort() + "/callback",
                "returnUrl",
                "http://localhost/back"));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(simulators.paymentProviderUrl() + "/payments"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private JsonNode pay(String id, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(simulators.paymentProviderUrl() + "/payments/" + id + "/pay"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private JsonNode get(String path) throws Exception {
    return json.readTree(
        http.send(
                HttpRequest.newBuilder(URI.create(simulators.paymentProviderUrl() + path))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private HttpResponse<String> admin(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + "/admin/payment-provider"))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
