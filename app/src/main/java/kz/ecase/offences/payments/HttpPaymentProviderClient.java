package kz.ecase.offences.payments;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider over HTTP: {@code POST <base>/payments} (201 with id and pay URL) and {@code GET
 * <base>/statements/{date}}.
 */
class HttpPaymentProviderClient implements PaymentProviderClient {

  private final HttpClient http;
  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final Duration timeout;

  HttpPaymentProviderClient(
      HttpClient http, JsonMapper json, Supplier<String> baseUrl, Duration timeout) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  @Override
  public Checkout create(
      String reference,
      BigDecimal amountKzt,
      String description,
      String returnUrl,
      String callbackUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference", reference);
    body.put("amountKzt", amountKzt.toPlainString());
    body.put("description", description);
    body.put("returnUrl", returnUrl);
    body.put("callbackUrl", callbackUrl);
    JsonNode answer =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl.get() + "/payments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))),
            201);
    String id = answer.path("id").asString("");
    String payUrl = answer.path("payUrl").asString("");
    if (id.isEmpty() || !(payUrl.startsWith("http://") || payUrl.startsWith("https://"))) {
      throw new ProviderUnavailableException("the provider answered without id or pay URL", null);
    }
    return new Checkout(id, payUrl);
  }

  @Override
  public List<ProviderPayment> statement(LocalDate day) {
    JsonNode answer =
        send(HttpRequest.newBuilder(URI.create(baseUrl.get() + "/statements/" + day)).GET(), 200);
    List<ProviderPayment> payments = new ArrayList<>();
    for (JsonNode line : answer.path("payments")) {
      try {
        payments.add(
            new ProviderPayment(
                line.path("paymentId").asString(),
                line.path("reference").asString(),
                new BigDecimal(line.path("amountKzt").asString()),
                line.path("method").asString(""),
                Instant.parse(line.path("paidAt").asString())));
      } catch (RuntimeException e) {
        throw new ProviderUnavailableException("a statement line is malformed: " + line, e);
      }
    }
    return payments;
  }

  private JsonNode send(HttpRequest.Builder request, int expected) {
    HttpResponse<byte[]> response;
    try {
      response =
          http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ProviderUnavailableException("payment provider unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderUnavailableException("interrupted", e);
    }
    if (response.statusCode() != expected) {
      String detail = new String(response.body(), StandardCharsets.UTF_8);
      throw new ProviderUnavailableException(
          "payment provider answered "
              + response.statusCode()
              + ": "
              + detail.substring(0, Math.min(300, detail.length())),
          null);
    }
    try {
      return json.readTree(response.body());
    } catch (JacksonException e) {
      throw new ProviderUnavailableException("payment provider answered no JSON", e);
    }
  }
}
