package kz.ecase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ten thousand generated malformed requests against every write endpoint (those of the handler
 * methods, found anew on each run, and the sign-in form): never a 5xx, every API error a problem
 * (type, status once, request id, the field named), and no table changed by a rejected request. The
 * seed is printed; {@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.count=…} changes its length.
 */
@EcaseIntegrationTest
class MalformedRequestsIT {

  /**
   * Tables a rejected request may change by design: failed sign-ins are counted per username to
   * lock out password guessing.
   */
  /** Sign-in attempts are counted; web sessions are created, touched and expired (WebSessions). */
  private static final List<String> CHANGED_BY_DESIGN =
      List.of("login_throttle", "spring_session", "spring_session_attributes");

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void malformedRequestsNeverGetA5xxAndChangeNothing() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    int count = Integer.getInteger("fuzz.count", 10_000);
    List<String> targets = writeEndpoints();
    HttpClientSession session = new HttpClientSession(port);
    List<String> tokens =
        List.of(
            session.token("officer", "demo"),
            session.token("admin", "demo"),
            session.token("citizen", "demo"));
    // each sender has its signing key already (another test may have reset one): a fuzzed request
    // that happens to be a well-formed first PIN would otherwise make a key, rightly
    for (String token : tokens) {
      int status =
          session
              .putJson(
                  "/api/signing/pin",
                  java.util.Map.of("pin", "864213"),
                  "Authorization",
                  "Bearer " + token)
              .status();
      assertThat(status).as("a signing key for each sender who may sign").isIn(201, 403, 409);
    }
    MalformedRequests generator = new MalformedRequests(targets, tokens);
    awaitLedgerAtRest();
    Map<String, String> before = fingerprints();

    Queue<String> failures = new ConcurrentLinkedQueue<>();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long requestSeed = seed + i;
      sent.add(
          senders.submit(
              () -> {
                RandomGenerator random =
                    RandomGeneratorFactory.of("L64X128MixRandom").create(requestSeed);
                MalformedRequests.Request request = generator.next(random);
                HttpResponse<String> response = send(client, request);
                int status = response == null ? -1 : response.statusCode();
                String malformedProblem = problemFault(request, response);
                if (malformedProblem != null) {
                  failures.add(
                      "seed %d: %s %s (%s) → %d, %s"
                          .formatted(
                              requestSeed,
                              request.method(),
                              abbreviated(request.path()),
                              request.what(),
                              status,
                              malformedProblem));
                }
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status >= 500 || status < 0) {
                  failures.add(
                      "seed %d: %s %s (%s) → %d"
                          .formatted(
                              requestSeed,
                              request.method(),
                              abbreviated(request.path()),
                              request.what(),
                              status));
                }
              }));
    }
    senders.shutdown();
    assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();

    awaitLedgerAtRest();
    Map<String, String> after = fingerprints();
    System.out.printf(
        "%d malformed requests (seed %d) to %s: statuses %s%n",
        count, seed, targets, new TreeMap<>(statuses));
    assertThat(failures).as("5xx or no answer; replay with -Dfuzz.seed=" + seed).isEmpty();
    assertThat(after).as("tables changed by rejected requests (seed %d)", seed).isEqualTo(before);
    assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(count);
  }

  private List<String> writeEndpoints() {
    List<String> handlers =
        Endpoints.of(context).stream().filter(e -> !e.startsWith("GET ")).toList();
    return Stream.concat(handlers.stream(), Stream.of("POST /login", "POST /logout")).toList();
  }

  /**
   * What is wrong with an API error's body, or null: every error under /api is problem+json with a
   * {@code type}, {@code status} once and a {@code requestId}; a validation problem names a field.
   */
  static String problemFault(MalformedRequests.Request request, HttpResponse<String> response) {
    if (response == null
        || response.statusCode() < 400
        || !request.path().startsWith("/api")
        || request.method().equals("HEAD")) {
      return null;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      return "content type " + contentType;
    }
    String body = response.body();
    JsonNode problem;
    try {
      problem = JSON.readTree(body);
    } catch (RuntimeException e) {
      return "not JSON: " + abbreviated(body);
    }
    if (!problem.path("type").asString("").startsWith("https://ecase.kz/problems/")) {
      return "no type: " + abbreviated(body);
    }
    if (problem.path("status").asInt() != response.statusCode()
        || body.split("\"status\"\\s*:", -1).length != 2) {
      return "status not once: " + abbreviated(body);
    }
    if (problem.path("requestId").asString("").isBlank()) {
      return "no requestId: " + abbreviated(body);
    }
    if (problem.path("type").asString().endsWith("/validation")
        && problem.path("errors").path(0).path("field").asString("").isBlank()) {
      return "no field named: " + abbreviated(body);
    }
    return null;
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpResponse<String> send(HttpClient client, MalformedRequests.Request request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
            .timeout(Duration.ofSeconds(30))
            .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (int h = 0; h + 1 < request.headers().size(); h += 2) {
      builder.header(request.headers().get(h), request.headers().get(h + 1));
    }
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedEarly) {
          // the server may answer (e.g. 400 to an oversized header) and close while the body is
          // still being sent (on a fast machine, several times in a row); the same request again
          // shows what it answers
          if (attempt == 5) {
            throw closedEarly;
          }
        }
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** A digest of every row of every table, except those changed by design. */
  private Map<String, String> fingerprints() {
    Map<String, String> digests = new TreeMap<>();
    List<String> tables =
        jdbc.sql(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")
            .query(String.class)
            .list();
    for (String table : tables) {
      if (CHANGED_BY_DESIGN.contains(table)) {
        continue;
      }
      digests.put(
          table,
          jdbc.sql(
                  "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '')"
                      + " from \""
                      + table
                      + "\" t")
              .query(String.class)
              .single());
    }
    return digests;
  }

  /** Waits until no entry is pending and the newest checkpoint covers every entry. */
  private void awaitLedgerAtRest() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(15);
    while (Instant.now().isBefore(deadline)) {
      boolean atRest =
          jdbc.sql(
                  "select not exists (select 1 from ledger_pending)"
                      + " and coalesce((select max(tree_size) from ledger_checkpoints), 0)"
                      + " = (select count(*) from ledger_entries)")
              .query(Boolean.class)
              .single();
      if (atRest) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The ledger did not come to rest");
  }

  private static String abbreviated(String path) {
    return path.length() > 120 ? path.substring(0, 120) + "…" : path;
  }
}
