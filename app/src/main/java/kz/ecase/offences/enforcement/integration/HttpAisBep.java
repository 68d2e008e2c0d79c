package kz.ecase.offences.enforcement.integration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AIS BEP over HTTP: {@code POST <base>/cases} with the materials (201 a new case, 200 the case of
 * a reference seen before), {@code GET <base>/cases/{caseNumber}}. Each request has its timeout;
 * the caller (the outbox) retries.
 */
public class HttpAisBep implements AisBep {

  private final HttpClient http;
  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final String apiKey;
  private final Duration timeout;

  public HttpAisBep(
      HttpClient http, JsonMapper json, Supplier<String> baseUrl, String apiKey, Duration timeout) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.timeout = timeout;
  }

  @Override
  public Acknowledgement submit(Materials materials) {
    HttpRequest request =
        request("/cases")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(materials)))
            .build();
    HttpResponse<byte[]> response = send(request);
    int status = response.statusCode();
    if (status != 200 && status != 201) {
      throw refused(response);
    }
    JsonNode answer = parse(response);
    String caseNumber = answer.path("caseNumber").asString("");
    if (caseNumber.isBlank()) {
      throw new AisBepException("AIS BEP acknowledged without a case number", false, null);
    }
    return new Acknowledgement(caseNumber, instant(answer.path("acceptedAt").asString(null)));
  }

  @Override
  public Optional<CaseStatus> status(String caseNumber) {
    HttpRequest request =
        request("/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).GET().build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    JsonNode answer = parse(response);
    JsonNode collected = answer.path("collectedKzt");
    return Optional.of(
        new CaseStatus(
            answer.path("caseNumber").asString(caseNumber),
            answer.path("status").asString(""),
            collected.isNumber() ? collected.decimalValue() : null,
            answer.path("reason").isString() ? answer.path("reason").asString() : null,
            instant(answer.path("changedAt").asString(null))));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(timeout);
    if (!apiKey.isEmpty()) {
      builder.header("X-Api-Key", apiKey);
    }
    return builder;
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AisBepException("AIS BEP unreachable: " + e, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AisBepException("interrupted", false, e);
    }
  }

  private JsonNode parse(HttpResponse<byte[]> response) {
    try {
      return json.readTree(response.body());
    } catch (JacksonException e) {
      throw new AisBepException("AIS BEP answered no JSON", false, e);
    }
  }

  private static AisBepException refused(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
    String body = new String(response.body(), StandardCharsets.UTF_8);
    return new AisBepException(
        "AIS BEP answered " + status + ": " + (body.length() > 300 ? body.substring(0, 300) : body),
        permanent,
        null);
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
