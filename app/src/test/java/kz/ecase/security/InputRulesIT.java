package kz.ecase.security;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input rules of docs/api.md, each shown at the edge: text that may not be stored, limits,
 * numbers, errors that parse, and 404s that do not tell whether a record exists. Every refusal is a
 * problem with {@code type}, {@code status} once and {@code requestId}, names the field at fault,
 * and stores nothing.
 */
@EcaseIntegrationTest
class InputRulesIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String OTHER_IIN = "791028302728";
  static final String PIN = "161803";
  static final String PROTOCOLS = ProtocolApi.PROTOCOLS;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Characters that no text may hold, as they reach a JSON string (escaped or raw). */
  static final List<String> REFUSED =
      List.of(
          "\u0001", "\u001f", "\u0000", "\u007f", "\u0085", "\ufffe", "\uffff", "\ud800", "\udc00");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;
  ProtocolApi officer;
  String citizen;

  @BeforeEach
  void signIn() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    citizen = http.token("citizen", "demo");
  }

  @Test
  void controlCharactersInAnyTextThatReachesADocumentAre400NamingTheFieldAndStoreNothing() {
    long protocols = count("offence_protocols");
    for (String field : List.of("place", "description", "plate")) {
      for (String refused : REFUSED) {
        Map<String, Object> body = form(CITIZEN_IIN, PIN);
        body.put(field, "Астана" + refused + "8");

        Reply reply = post(PROTOCOLS, body, officer.token());

        assertRefused(reply, 400, field);
      }
    }
    assertThat(count("offence_protocols")).isEqualTo(protocols);
  }

  @Test
  void aCitizensAppealWithAControlCharacterIs400AndTheProtocolStaysAsItWas() {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    officer.stepped(id, "SERVE", PIN);
    officer.stepped(id, "DECIDE_FINE", PIN);
    long events = count("offence_protocol_events");

    for (String refused : REFUSED) {
      Reply appeal =
          post(
              PROTOCOLS + "/" + id + "/events",
              Map.of("transition", "APPEAL", "reasons", "Я не управлял" + refused),
              citizen);
      assertRefused(appeal, 400, "reasons");
    }
    assertThat(count("offence_protocol_events")).isEqualTo(events);
    assertThat(officer.status(id)).isEqualTo("DECIDED");
  }

  @Test
  void overlongUtf8AndEncodedSurrogatesAreRefusedNotDecoded() {
    long lookups = count("person_lookups");
    byte[][] bodies = {
      bytes("{\"iin\":\"850315401231\",\"reason\":\"a", 0xC0, 0xAF, "b\"}"), // overlong '/'
      bytes("{\"iin\":\"850315401231\",\"reason\":\"a", 0xC0, 0x80, "b\"}"), // overlong NUL
      bytes("{\"iin\":\"850315401231\",\"reason\":\"a", 0xED, 0xA0, 0x80, "b\"}"), // surrogate
      bytes("{\"iin\":\"850315401231\",\"reason\":\"a\\ud800b\"}"), // escaped lone surrogate
      bytes("{\"iin\":\"850315401231\",\"reason\":\"a", 0xF0, 0x9F, "\"}"), // truncated
    };
    for (byte[] body : bodies) {
      Reply reply =
          http.postBytes(
              "/api/persons/lookups",
              "application/json",
              body,
              auth(http.token("officer", "demo")));

      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertProblem(reply);
      String field = reply.json().get("errors").get(0).get("field").asString();
      assertThat(field).isIn("reason", "body");
    }
    assertThat(count("person_lookups")).isEqualTo(lookups);
  }

  @Test
  void aFractionalFineAndAnArticleWithNulAre400() {
    long protocols = count("offence_protocols");
    Map<String, Object> fraction = form(CITIZEN_IIN, PIN);
    fraction.put("fineMci", 10.5);
    Map<String, Object> nul = form(CITIZEN_IIN, PIN);
    nul.put("article", "speeding-20-40\u0000");
    Map<String, Object> array = form(CITIZEN_IIN, PIN);
    array.put("place", List.of("Астана"));

    assertRefused(officer.submit(fraction), 400, "fineMci");
    assertRefused(post(PROTOCOLS, nul, officer.token()), 400, "article");
    assertRefused(officer.submit(array), 400, "place");
    assertThat(count("offence_protocols")).isEqualTo(protocols);
  }

  @Test
  void limitsAndOverlongParametersAre400NamingTheParameter() {
    String supervisor = http.token("supervisor", "demo");
    String admin = http.token("admin", "demo");

    assertRefused(http.get("/api/audit/reads?limit=-5", auth(supervisor)), 400, "limit");
    assertRefused(http.get("/api/audit/reads?limit=100000", auth(supervisor)), 400, "limit");
    assertRefused(http.get("/api/offences/enforcement?limit=-1", auth(admin)), 400, "limit");
    assertRefused(http.get("/api/audit/reads/about-me?limit=abc", auth(citizen)), 400, "limit");
    assertRefused(
        http.get(
            "/api/ledger/entries/0?purpose=" + "x".repeat(600), auth(http.token("head", "demo"))),
        400,
        "purpose");
    assertRefused(http.get("/api/audit/reads?limit=%01", auth(supervisor)), 400, "limit");
  }

  @Test
  void frameworkErrorsAreProblemsWithTypeAndRequestId() {
    assertRefused(http.get(PROTOCOLS + "/not-a-uuid/bundle-or-anything", auth(citizen)), -1, null);
    Reply unsupported =
        http.postBytes(PROTOCOLS, "text/plain", "x".getBytes(), auth(officer.token()));
    assertRefused(unsupported, 415, null);
    Reply otherCharset =
        http.postBytes(
            PROTOCOLS,
            "application/json; charset=iso-8859-1",
            "{}".getBytes(),
            auth(officer.token()));
    assertRefused(otherCharset, 415, null);
    Reply wrongMethod = http.delete("/api/auth/token", auth(citizen));
    assertRefused(wrongMethod, 405, null);
  }

  @Test
  void anIllegalTransitionCarriesStatusOnceAndTheProtocolsStateApart() {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();

    Reply reply = officer.step(id, "DECIDE_FINE", null, PIN);

    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    assertProblem(reply);
    assertThat(reply.json().get("status").asInt()).isEqualTo(409);
    assertThat(reply.json().get("protocolStatus").asString()).isEqualTo("REGISTERED");
  }

  @Test
  void requestsTomcatRefusesItselfAreProblemsToo() throws IOException {
    for (String target :
        List.of(
            "/api/offences/protocols/..%2F..%2Fetc",
            "/api/offences/protocols/%00", "/api/offences/protocols/" + "x".repeat(9_000))) {
      String raw = rawGet(target);

      assertThat(raw).as(target).startsWith("HTTP/1.1 400");
      assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
      JsonNode body = JSON.readTree(raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1));
      assertThat(body.get("type").asString()).startsWith("https://ecase.kz/problems/");
      assertThat(body.get("status").asInt()).isEqualTo(400);
      assertThat(body.get("requestId").asString()).isNotBlank();
      assertThat(statusCount(raw)).isEqualTo(1);
    }
  }

  @Test
  void aHiddenRecordAndAnAbsentOneGetTheSame404() {
    String others = officer.register(form(OTHER_IIN, PIN)).json().get("id").asString();
    String absent = UUID.randomUUID().toString();

    for (String path :
        List.of(
            "/api/offences/my-protocols/%s",
            "/api/offences/protocols/%s", "/api/ledger/bundles/protocol/%s")) {
      Reply hidden = http.get(path.formatted(others), auth(citizen));
      Reply missing = http.get(path.formatted(absent), auth(citizen));

      assertThat(hidden.status()).as(path + " " + hidden.body()).isEqualTo(404);
      assertThat(missing.status()).as(path + " " + missing.body()).isEqualTo(404);
      assertThat(withoutRequestId(hidden.json()))
          .as(path)
          .isEqualTo(withoutRequestId(missing.json()));
    }
  }

  @Test
  void theOpenApiDocumentDeclaresErrorsAndSecurityForEveryOperation() throws IOException {
    Reply served = http.get("/v3/api-docs");
    // kept for the linter (.ci/run lints the document of the built jar the same way)
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), served.body());
    JsonNode doc = served.json();
    List<String> missing = new java.util.ArrayList<>();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          String name = operation.getKey() + " " + path.getKey();
                          JsonNode responses = operation.getValue().get("responses");
                          boolean has4xx =
                              responses.propertyNames().stream().anyMatch(s -> s.startsWith("4"));
                          if (!has4xx) {
                            missing.add(name + ": no 4xx");
                          }
                          if (!operation.getValue().has("security")) {
                            missing.add(name + ": no security");
                          }
                        }));
    assertThat(missing).isEmpty();
    assertThat(doc.at("/components/schemas/Problem/properties/requestId").isMissingNode())
        .isFalse();
    assertThat(doc.at("/paths/~1api~1auth~1token/post/security").size()).isZero();
  }

  /**
   * Posts {@code body} as JSON with every character outside printable ASCII written as a {@code
   * \\u} escape, so that lone surrogates reach the server as they are (an encoder would make them
   * '?').
   */
  private Reply post(String path, Map<String, Object> body, String token) {
    String json = JSON.writeValueAsString(body);
    StringBuilder escaped = new StringBuilder();
    for (char c : json.toCharArray()) {
      if (c < 0x20 || c > 0x7e) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return http.postBytes(
        path,
        "application/json",
        escaped.toString().getBytes(StandardCharsets.US_ASCII),
        auth(token));
  }

  private void assertRefused(Reply reply, int status, String field) {
    if (status > 0) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    } else {
      assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
    }
    assertProblem(reply);
    if (field != null) {
      assertThat(reply.json().get("errors").findValuesAsString("field"))
          .as(reply.body())
          .contains(field);
    }
  }

  private static void assertProblem(Reply reply) {
    assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("type").asString())
        .as(reply.body())
        .startsWith("https://ecase.kz/problems/");
    assertThat(body.get("status").asInt()).isEqualTo(reply.status());
    assertThat(body.get("requestId").asString()).as(reply.body()).isNotBlank();
    assertThat(statusCount(reply.body())).as(reply.body()).isEqualTo(1);
  }

  private static int statusCount(String text) {
    Matcher matcher = Pattern.compile("\"status\"\\s*:").matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static Map<String, Object> withoutRequestId(JsonNode problem) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = new HashMap<>(JSON.convertValue(problem, Map.class));
    map.remove("requestId");
    map.remove("instance");
    return map;
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private String rawGet(String target) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }
}
