package kz.ecase.notifications.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SMS gateway over HTTP: {@code POST <base>/messages}, 202 with the message's id. */
public class HttpSmsGateway implements SmsGateway {

  private final HttpClient http;
  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final Duration timeout;

  public HttpSmsGateway(
      HttpClient http, JsonMapper json, Supplier<String> baseUrl, Duration timeout) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.timeout = timeout;
  }

  @Override
  public String send(String phone, String text, String clientRef) {
    byte[] body = json.writeValueAsBytes(Map.of("to", phone, "text", text, "clientRef", clientRef));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl.get() + "/messages"))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SmsGatewayException("SMS gateway unreachable: " + e, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsGatewayException("interrupted", false, e);
    }
    int status = response.statusCode();
    if (status == 200 || status == 201 || status == 202) {
      JsonNode answer = json.readTree(response.body());
      JsonNode id = answer.get("id");
      if (id == null || !id.isString()) {
        throw new SmsGatewayException("SMS gateway answered without an id", false, null);
      }
      return id.asString();
    }
    boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
    String detail = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    throw new SmsGatewayException(
        "SMS gateway answered " + status + ": " + abbreviate(detail), permanent, null);
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
