package kz.ecase.cases.court.integration;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The court system over HTTP: {@code POST <base>/cases?reference=…} with the court file as {@code
 * application/zip} (201 a new case, 200 the case of a reference seen before), {@code GET
 * <base>/cases?changedSince=…}, {@code GET <base>/checkpoint}; the API key, when set, in {@code
 * X-Api-Key}. Each request has its timeout (a file's upload its own, longer one); the caller (the
 * outbox) retries.
 */
public class HttpCourtSystem implements CourtSystem {

  private final HttpClient http;
  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final String apiKey;
  private final Duration timeout;
  private final Duration uploadTimeout;

  public HttpCourtSystem(
      HttpClient http,
      JsonMapper json,
      Supplier<String> baseUrl,
      String apiKey,
      Duration timeout,
      Duration uploadTimeout) {
    this.http = http;
    this.json = json;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey == null ? "" : apiKey;
    this.timeout = timeout;
    this.uploadTimeout = uploadTimeout;
  }

  @Override
  public Receipt submit(String reference, byte[] courtFile) {
    HttpRequest request =
        request("/cases?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8))
            .timeout(uploadTimeout)
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(courtFile))
            .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw refused(response);
    }
    JsonNode answer = parse(response);
    String caseNumber = answer.path("caseNumber").asString("");
    if (caseNumber.isBlank()) {
      throw new CourtSystemException("The court accepted without a case number", false, null);
    }
    return new Receipt(
        caseNumber, text(answer, "fileSha256"), instant(answer.path("acceptedAt").asString(null)));
  }

  @Override
  public List<CourtCase> changedSince(Instant since) {
    HttpRequest request =
        request(
                "/cases?changedSince="
                    + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8))
            .GET()
            .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    JsonNode answer = parse(response);
    if (!answer.isArray()) {
      throw new CourtSystemException("The court answered no list of cases", false, null);
    }
    List<CourtCase> cases = new ArrayList<>();
    for (JsonNode c : answer) {
      Instant changedAt = instant(c.path("changedAt").asString(null));
      if (changedAt == null || c.path("caseNumber").asString("").isBlank()) {
        throw new CourtSystemException(
            "The court answered a case without number or time", false, null);
      }
      cases.add(
          new CourtCase(
              c.path("caseNumber").asString(),
              text(c, "reference"),
              c.path("status").asString(""),
              text(c, "decisionKind"),
              text(c, "decisionText"),
              text(c, "reason"),
              changedAt,
              json.writeValueAsString(c)));
    }
    return cases;
  }

  @Override
  public KnownCheckpoint checkpoint() {
    HttpResponse<byte[]> response = send(request("/checkpoint").GET().build());
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    JsonNode answer = parse(response);
    JsonNode size = answer.path("treeSize");
    String root = text(answer, "rootHash");
    if (!size.isIntegralNumber() || size.asLong() < 0 || root == null) {
      throw new CourtSystemException("The court answered no checkpoint", false, null);
    }
    return new KnownCheckpoint(size.asLong(), root);
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
      throw new CourtSystemException("The court system is unreachable: " + e, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CourtSystemException("interrupted", false, e);
    }
  }

  private JsonNode parse(HttpResponse<byte[]> response) {
    try {
      return json.readTree(response.body());
    } catch (JacksonException e) {
      throw new CourtSystemException("The court answered no JSON", false, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : null;
  }

  private static CourtSystemException refused(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    // a wrong API key (401, 403) is fixed by configuration, not by the file: retry
    boolean permanent =
        status >= 400
            && status < 500
            && status != 401
            && status != 403
            && status != 408
            && status != 429;
    String body = new String(response.body(), StandardCharsets.UTF_8);
    return new CourtSystemException(
        "The court answered "
            + status
            + ": "
            + (body.length() > 300 ? body.substring(0, 300) : body),
        permanent,
        null);
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
