package kz.ecase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running application: keeps cookies like a browser, speaks JSON like an app. */
public final class HttpClientSession {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final String base;
  private final HttpClient client;

  public HttpClientSession(int port) {
    this.base = "http://localhost:" + port;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  private HttpClientSession(String base, HttpClient client) {
    this.base = base;
    this.client = client;
  }

  /**
   * The same browser (its cookies) talking to another node of ecase on this machine (cookies are
   * not told apart by port).
   */
  public HttpClientSession on(int port) {
    return new HttpClientSession("http://localhost:" + port, client);
  }

  /** A response with its body as text, and as JSON when it is JSON. */
  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }
  }

  public Reply get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public Reply postJson(String path, Object body, String... headers) {
    String json = body instanceof String text ? text : JSON.writeValueAsString(body);
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        headers);
  }

  public Reply putJson(String path, Object body, String... headers) {
    String json = body instanceof String text ? text : JSON.writeValueAsString(body);
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        headers);
  }

  public Reply postBytes(String path, String contentType, byte[] body, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        headers);
  }

  public Reply delete(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
  }

  /** A binary response: status, content type and bytes. */
  public record BinaryReply(int status, String contentType, byte[] body) {}

  public BinaryReply getBytes(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new BinaryReply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)),
        new String[0]);
  }

  /**
   * Sends a page form as a browser sends one with a file input (multipart/form-data, encoded by
   * Spring's form converter): the fields, and the file under {@code fileField}.
   */
  public Reply postMultipart(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    parts.add(
        fileField,
        new ByteArrayResource(file) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    MockHttpOutputMessage message = new MockHttpOutputMessage();
    try {
      new FormHttpMessageConverter().write(parts, MediaType.MULTIPART_FORM_DATA, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", message.getHeaders().getContentType().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(message.getBodyAsBytes())),
        new String[0]);
  }

  /** Signs in through the web form, as a browser does (with the CSRF token of the form). */
  public Reply signIn(String username, String password) {
    String csrf = csrfTokenOf(get("/login").body());
    return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf));
  }

  /** A bearer token from the API, or fails. */
  public String token(String username, String password) {
    Reply reply = postJson("/api/auth/token", Map.of("username", username, "password", password));
    if (reply.status() != 200) {
      throw new IllegalStateException("No token for " + username + ": " + reply.body());
    }
    return reply.json().get("access_token").asString();
  }

  public static String csrfTokenOf(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  private Reply send(HttpRequest.Builder request, String[] headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
