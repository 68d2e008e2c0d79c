package kz.ecase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.ProtocolForm;
import kz.ecase.offences.ProtocolRegistration;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.SigningKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every endpoint × every caller, as the matrix in {@code security/authorization-matrix.txt} says:
 * each sample request is sent over HTTP as each demo user (and anonymously) and must get the
 * expected status; an endpoint of the application without a row fails the build.
 */
@EcaseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  private static final String CITIZEN_IIN = "850315401231";
  private static final CurrentUser YESIL_OFFICER =
      new CurrentUser(
          "matrix-officer-710002", "Есіл офицері", Role.OFFICER, UnitCode.of("710002"), null);

  @Autowired ApplicationContext context;
  @Autowired Ledger ledger;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Documents documents;
  @Autowired SigningKeys keys;
  @Autowired Signatures signatures;
  @Autowired ProtocolRegistration protocols;
  @LocalServerPort int port;

  private final AuthorizationMatrix matrix = AuthorizationMatrix.load();
  private final Map<String, String> samples = new HashMap<>();
  private final Map<String, Caller> callers = new HashMap<>();

  @BeforeAll
  void registerRecordsAndSignEveryoneIn() throws Exception {
    register("710001", null, "710001");
    register("710002", null, "710002");
    register("710002", CITIZEN_IIN, "citizen");
    for (String name : AuthorizationMatrix.CALLERS) {
      if (keys.certificateOf(name).isPresent()) {
        keys.reset(name, "authorisation matrix: known key state");
      }
    }
    StoredDocument signed = document("710001");
    CurrentUser head =
        new CurrentUser("head", "Ерлан Сапаров", Role.HEAD_OF_UNIT, UnitCode.of("710001"), null);
    keys.setPin(head, "246810", null);
    signatures.sign(head, "246810", signed.sha256());
    samples.put("doc-710001", signed.sha256());
    samples.put("doc-710002", document("710002").sha256());
    samples.put("protocol-710001", protocol(head, "246810", "791028302728"));
    samples.put("protocol-citizen", protocol(head, "246810", CITIZEN_IIN));
    keys.setPin(YESIL_OFFICER, "246810", null);
    samples.put("protocol-710002", protocol(YESIL_OFFICER, "246810", "791028302728"));
    for (String name : AuthorizationMatrix.CALLERS) {
      callers.put(
          name, name.equals("anonymous") ? Caller.anonymous(port) : Caller.signIn(port, name));
    }
  }

  @AfterAll
  void leaveNoSigningKey() {
    keys.reset("head", "authorisation matrix done");
    keys.reset(YESIL_OFFICER.username(), "authorisation matrix done");
  }

  private String protocol(CurrentUser officer, String pin, String iin) {
    return protocols
        .register(
            officer,
            new ProtocolForm(
                UUID.randomUUID().toString(),
                iin,
                "speeding-10-20",
                Instant.now().minusSeconds(3600).toString(),
                "Астана",
                null,
                null,
                null,
                pin))
        .protocol()
        .id()
        .toString();
  }

  private StoredDocument document(String unit) {
    return documents.render(
        "act",
        Map.of(
            "title", "ХАТТАМА",
            "number", UUID.randomUUID().toString(),
            "date", "23.11.2026",
            "place", "Астана",
            "unit", unit,
            "paragraphs", List.of("Авторизация матрицасы."),
            "author", "Ерлан Сапаров",
            "position", "Бөлім бастығы"),
        RecordScope.ofUnit(UnitCode.of(unit)),
        Instant.parse("2026-11-23T10:15:30Z"),
        new DocumentFacts("Хаттама", "Протокол", null));
  }

  @Test
  void everyEndpointOfTheApplicationHasARule() {
    var endpoints = Endpoints.of(context);

    assertThat(matrix.uncovered(endpoints))
        .as("endpoints without a row in security/authorization-matrix.txt")
        .isEmpty();
    assertThat(matrix.stale(endpoints)).as("rows for endpoints the application lacks").isEmpty();
  }

  @Test
  void everyCallerGetsTheStatusTheMatrixSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (AuthorizationMatrix.Row row : matrix.rows()) {
      for (String name : AuthorizationMatrix.CALLERS) {
        int status = callers.get(name).send(row.method(), fill(row.path()), fill(row.body()));
        checked++;
        if (status != row.expectedFor(name)) {
          wrong.add(
              "line %d %s %s as %s: %d, matrix says %d"
                  .formatted(
                      row.line(), row.method(), row.path(), name, status, row.expectedFor(name)));
        }
      }
    }
    assertThat(wrong).as("%d requests checked", checked).isEmpty();
    assertThat(checked).isEqualTo(matrix.rows().size() * AuthorizationMatrix.CALLERS.size());
  }

  /**
   * A defence lawyer admitted to no case is a user outside every jurisdiction: no endpoint answers
   * them with a record (a sample of any unit, or the citizen's), and none fails.
   */
  @Test
  void aLawyerAdmittedToNoCaseGetsNoRecordAndNoFailure() throws Exception {
    Caller lawyer = Caller.signIn(port, "lawyer");
    List<String> wrong = new ArrayList<>();
    for (AuthorizationMatrix.Row row : matrix.rows()) {
      Caller.Answer answer = lawyer.exchange(row.method(), fill(row.path()), fill(row.body()));
      boolean namesARecord = row.path().contains("{") || row.path().contains("00000000-");
      if (answer.status() >= 500) {
        wrong.add("line %d: %d".formatted(row.line(), answer.status()));
      } else if (namesARecord && answer.status() >= 200 && answer.status() < 300) {
        wrong.add("line %d %s: %d for a record".formatted(row.line(), row.path(), answer.status()));
      } else if (answer.status() < 300 // an error names the path it was asked for
          && samples.values().stream()
              .filter(sample -> sample.length() >= 20) // ids and hashes, not ledger indexes
              .anyMatch(answer.body()::contains)) {
        wrong.add("line %d %s: shows a record".formatted(row.line(), row.path()));
      }
    }
    assertThat(wrong).isEmpty();
  }

  private String fill(String template) {
    if (template == null) {
      return null;
    }
    String filled = template.replace("{new-name}", "fresh-" + UUID.randomUUID());
    for (var sample : samples.entrySet()) {
      filled = filled.replace("{" + sample.getKey() + "}", sample.getValue());
    }
    return filled;
  }

  private void register(String unit, String subject, String sample) throws InterruptedException {
    String id = UUID.randomUUID().toString();
    long receipt =
        transactions.execute(
            status -> {
              jdbc.sql("insert into test_registrations (id, unit, what) values (:id, :unit, 'x')")
                  .param("id", id)
                  .param("unit", unit)
                  .update();
              return ledger.record(
                  new LedgerEvent(
                      "test.Registered",
                      new RecordRef("registration", id),
                      "officer",
                      UnitCode.of(unit),
                      subject == null ? null : Iin.of(subject),
                      Instant.parse("2026-11-23T10:15:30Z"),
                      Map.of("what", "matrix sample"),
                      List.of()));
            });
    Instant deadline = Instant.now().plusSeconds(10);
    while (ledger.indexOf(receipt).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    samples.put("entry-" + sample, String.valueOf(ledger.indexOf(receipt).orElseThrow()));
    samples.put("record-" + sample, id);
  }

  /** One caller: a browser session for pages and a bearer token for the API (none: anonymous). */
  private record Caller(String base, HttpClient browser, HttpClient api, String token) {

    static Caller anonymous(int port) {
      return new Caller("http://localhost:" + port, client(), client(), null);
    }

    static Caller signIn(int port, String username) throws Exception {
      String base = "http://localhost:" + port;
      HttpClient browser = client();
      String login =
          browser.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
      String form =
          "username="
              + username
              + "&password=demo&_csrf="
              + URLEncoder.encode(HttpClientSession.csrfTokenOf(login), StandardCharsets.UTF_8);
      HttpResponse<String> signedIn =
          browser.send(
              HttpRequest.newBuilder(URI.create(base + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(signedIn.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
      String token = new HttpClientSession(port).token(username, "demo");
      return new Caller(base, browser, client(), token);
    }

    record Answer(int status, String body) {}

    int send(String method, String path, String body) throws IOException, InterruptedException {
      return exchange(method, path, body).status();
    }

    Answer exchange(String method, String path, String body)
        throws IOException, InterruptedException {
      boolean api = path.startsWith("/api/");
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (api && token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> response =
          (api ? this.api : browser).send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    }

    private static HttpRequest get(String url) {
      return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpClient client() {
      return HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
    }
  }
}
