package kz.ecase.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway over HTTP: {@code POST <base>/messages} (202 with the message's id), {@code GET
 * <base>/messages/{id}} for its delivery report; the API key, when set, in {@code X-Api-Key}.
 */
public class HttpSmsGateway implements SmsGateway {

  private final HttpClient http;
  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final String apiKey;
  private final Duration timeout;

  public HttpSmsGateway(
      HttpClient http, JsonMapper json, Supplier<String> baseUrl, String apiKey, Duration timeout) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey == null ? "" : apiKey;
    this.timeout = timeout;
  }

  @Override
  public String send(String phone, String text, String clientRef) {
    byte[] body = json.writeValueAsBytes(Map.of("to", phone, "text", text, "clientRef", clientRef));
    HttpResponse<byte[]> response =
        exchange(
            request("/messages")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    int status = response.statusCode();
    if (status == 200 || status == 201 || status == 202) {
      return field(response, "id");
    }
    throw refused(response);
  }

  @Override
  public Delivery delivery(String gatewayId) {
    HttpResponse<byte[]> response =
        exchange(
            request("/messages/" + URLEncoder.encode(gatewayId, StandardCharsets.UTF_8)).GET());
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    return switch (field(response, "status")) {
      case "DELIVERED" -> Delivery.DELIVERED;
      case "FAILED", "UNDELIVERED", "REJECTED", "EXPIRED" -> Delivery.FAILED;
      default -> Delivery.PENDING;
    };
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(timeout);
    if (!apiKey.isEmpty()) {
      request.header("X-Api-Key", apiKey);
    }
    return request;
  }

  private HttpResponse<byte[]> exchange(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SmsGatewayException("SMS gateway unreachable: " + e, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsGatewayException("interrupted", false, e);
    }
  }

  private String field(HttpResponse<byte[]> response, String name) {
    JsonNode value;
    try {
      value = json.readTree(response.body()).get(name);
    } catch (JacksonException e) {
      throw new SmsGatewayException("SMS gateway answered no JSON", false, e);
    }
    if (value == null || !value.isString()) {
      throw new SmsGatewayException("SMS gateway answered without '" + name + "'", false, null);
    }
    return value.asString();
  }

  private static SmsGatewayException refused(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    // a wrong API key (401, 403) is fixed by configuration, not by the message: retry
    boolean permanent =
        status >= 400
            && status < 500
            && status != 401
            && status != 403
            && status != 408
            && status != 429;
    String detail = new String(response.body(), StandardCharsets.UTF_8);
    if (detail.length() > 300) {
      detail = detail.substring(0, 300) + "…";
    }
    return new SmsGatewayException(
        "SMS gateway answered " + status + ": " + detail, permanent, null);
  }
}
