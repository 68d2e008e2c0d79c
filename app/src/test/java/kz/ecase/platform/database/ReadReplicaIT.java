package kz.ecase.platform.database;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read replica (issue 16): a primary and a streaming replica of it, each a PostgreSQL cluster
 * of its own made by {@code bench/start-replica.sh} (initdb, pg_basebackup) on free ports, and
 * ecase on them with {@code ECASE_DB_REPLICA_URL}. Which server ran a list's query is read from
 * each server's own {@code pg_stat_statements} (statistics a server keeps of the queries it ran
 * itself; a hot standby keeps its own), so the proof does not rest on ecase's word.
 *
 * <ol>
 *   <li>a list answered by the API ran on the replica, not on the primary; so did a proof and a
 *       search of the protocols; the criminal register's search (cases and reports) too, audited on
 *       the primary;
 *   <li>with the replica's replay paused (it falls behind), the officer's list right after their
 *       registration shows it (from the primary), while the head's list, from the replica, does not
 *       yet; replay resumed, it does;
 *   <li>the replica stopped: lists and pages still answer, from the primary, and a registration
 *       succeeds; the replica started again: lists return to it. The lag is a Prometheus gauge.
 * </ol>
 */
@EcaseIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "141421";
  static final String LIST_QUERY = "%from offence_protocols p join offence_protocol_status s%";

  static final Path SCRIPT = Path.of("..", "bench", "start-replica.sh").toAbsolutePath();
  static Path dir;
  static Map<String, String> scriptEnv;
  static String primaryUrl;
  static String replicaUrl;

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  HttpClientSession http;
  ProtocolApi officer;
  String head;

  @DynamicPropertySource
  static void clusters(DynamicPropertyRegistry registry) throws Exception {
    assumeTrue(
        Files.isExecutable(SCRIPT) && new File("/usr/lib/postgresql").isDirectory(),
        "needs PostgreSQL's binaries (initdb, pg_basebackup) and bench/start-replica.sh");
    dir = Files.createTempDirectory("ecase-replica-it");
    scriptEnv = new HashMap<>();
    scriptEnv.put("REPLICA_DIR", dir.toString());
    scriptEnv.put("REPLICA_PRIMARY_PORT", String.valueOf(freePort()));
    scriptEnv.put("REPLICA_PORT", String.valueOf(freePort()));
    Runtime.getRuntime().addShutdownHook(new Thread(ReadReplicaIT::stopClusters));
    for (String line : script("start")) {
      if (line.startsWith("ECASE_DB_URL=")) {
        primaryUrl = line.substring("ECASE_DB_URL=".length());
      } else if (line.startsWith("ECASE_DB_REPLICA_URL=")) {
        replicaUrl = line.substring("ECASE_DB_REPLICA_URL=".length());
      }
    }
    registry.add("spring.datasource.url", () -> primaryUrl);
    registry.add("spring.datasource.username", () -> "ecase_app");
    registry.add("spring.datasource.password", () -> "");
    registry.add("ecase.db.app-role", () -> "ecase_app");
    registry.add("ecase.db.owner", () -> "postgres");
    registry.add("ecase.db.owner-password", () -> "");
    registry.add("ecase.db.replica.url", () -> replicaUrl);
    registry.add("ecase.db.replica.username", () -> "ecase_app");
    registry.add("ecase.db.replica.password", () -> "");
    // the paused replica must stay in use while the test looks at it
    registry.add("ecase.db.replica.max-lag", () -> "60s");
    registry.add("ecase.db.replica.lag-check-interval", () -> "200ms");
  }

  @AfterAll
  static void stopClusters() {
    if (dir != null && Files.exists(dir)) {
      try {
        script("stop");
      } catch (Exception e) {
        System.err.println("could not stop the clusters in " + dir + ": " + e);
      }
    }
  }

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    head = http.token("head", "demo");
  }

  @Test
  @Order(1)
  void aListAndAProofAreServedByTheReplica() throws Exception {
    String number = officer.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();
    awaitOnReplica(number);
    resetStatements();
    double before = reads("replica");

    assertThat(numbers(head, "q=" + number)).containsExactly(number);

    assertThat(listQueriesOn(replicaUrl)).as("list queries the replica ran").isEqualTo(1);
    assertThat(listQueriesOn(primaryUrl)).as("list queries the primary ran").isZero();
    assertThat(reads("replica")).isEqualTo(before + 1);

    Reply proof = http.get("/api/ledger/proofs/inclusion?index=0&treeSize=1");
    assertThat(proof.status()).as(proof.body()).isEqualTo(200);
    assertThat(statementsOn(replicaUrl, "%from ledger_leaves where idx = $1%")).isPositive();
    assertThat(statementsOn(primaryUrl, "%from ledger_leaves where idx = $1%")).isZero();

    long audited = count(primaryUrl, SEARCHES_AUDITED);
    Reply search = http.get("/api/offences/search?q=" + number, auth(head));
    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(search.body()).contains(number);
    assertThat(statementsOn(replicaUrl, SEARCH_BY_NUMBER)).as("searches the replica ran").isOne();
    assertThat(statementsOn(primaryUrl, SEARCH_BY_NUMBER)).as("searches the primary ran").isZero();
    assertThat(count(primaryUrl, SEARCHES_AUDITED))
        .as("audited on the primary")
        .isEqualTo(audited + 1);
  }

  static final String SEARCH_BY_NUMBER = "%from offence_protocols p%where p.number = $1%";
  static final String SEARCHES_AUDITED =
      "select count(*) from audit_reads where purpose like 'search by number%'";

  @Test
  @Order(2)
  void theCriminalRegistersSearchIsServedByTheReplicaAndAuditedOnThePrimary() throws Exception {
    String kui = reportAndCase(PARTICIPANT_IIN);
    awaitTrue(
        () -> onReplica("crime_reports where kui_number = '" + kui + "'"),
        "the replica has the report");
    awaitTrue(
        () -> onReplica("criminal_case_participants where iin = '" + PARTICIPANT_IIN + "'"),
        "the replica has the case");
    resetStatements();
    long audited = count(primaryUrl, REGISTER_SEARCHES_AUDITED);

    Reply search = http.get("/api/cases/search?q=" + PARTICIPANT_IIN, auth(head));

    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(search.body()).contains(kui, "SUSPECT");
    assertThat(statementsOn(replicaUrl, CASES_BY_IIN)).as("case searches, replica").isOne();
    assertThat(statementsOn(primaryUrl, CASES_BY_IIN)).as("case searches, primary").isZero();
    assertThat(statementsOn(replicaUrl, REPORTS_BY_IIN)).as("report searches, replica").isOne();
    assertThat(statementsOn(primaryUrl, REPORTS_BY_IIN)).as("report searches, primary").isZero();
    assertThat(count(primaryUrl, REGISTER_SEARCHES_AUDITED))
        .as("audited on the primary")
        .isEqualTo(audited + 1);
  }

  static final String PARTICIPANT_IIN = "870412300406";
  static final String CASES_BY_IIN = "%from criminal_case_participants p%where p.iin = $1%";
  static final String REPORTS_BY_IIN = "%from crime_reports r%where r.reporter_iin = $1%";
  static final String REGISTER_SEARCHES_AUDITED =
      "select count(*) from audit_reads where purpose like 'search by iin%cases%reports%'";

  @Test
  @Order(3)
  void aReadAfterOnesOwnWriteSeesItWhileTheReplicaLags() throws Exception {
    script("pause-replay");
    try {
      double ownWrites = reads("primary", "own-write");
      String number = officer.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();

      assertThat(numbers(officer.token(), "q=" + number))
          .as("the officer's list right after their registration")
          .containsExactly(number);
      assertThat(reads("primary", "own-write")).isGreaterThan(ownWrites);
      assertThat(numbers(head, "q=" + number))
          .as("the head's list from the replica, which has not replayed it yet")
          .isEmpty();
      awaitTrue(() -> gauge("ecase.db.replica.lag.bytes") > 0, "WAL not replayed, in bytes");
      assertThat(scrape()).contains("ecase_db_replica_lag_bytes", "ecase_db_replica_lag_seconds");

      script("resume-replay");
      awaitTrue(() -> numbers(head, "q=" + number).contains(number), "the replica catches up");
    } finally {
      script("resume-replay");
    }
  }

  @Test
  @Order(4)
  void whenTheReplicaIsDownReadsAndRegistrationsGoOnAndReturnWhenItIsBack() throws Exception {
    String number = officer.register(form(CITIZEN_IIN, PIN)).json().get("number").asString();
    awaitOnReplica(number);
    String duringOutage;
    script("stop-replica");
    try {
      double onPrimary =
          reads("primary", "replica-failed") + reads("primary", "replica-unavailable");

      assertThat(numbers(head, "q=" + number)).containsExactly(number);
      Reply registered = officer.register(form(CITIZEN_IIN, PIN));
      assertThat(registered.status()).as(registered.body()).isIn(200, 201);
      duringOutage = registered.json().get("number").asString();
      assertThat(numbers(head, "q=" + duringOutage))
          .as("the registration made while the replica is down, from the primary")
          .containsExactly(duringOutage);
      assertThat(reads("primary", "replica-failed") + reads("primary", "replica-unavailable"))
          .isGreaterThan(onPrimary);
      Reply register = http.get("/api/cases/search?q=" + PARTICIPANT_IIN, auth(head));
      assertThat(register.status()).as(register.body()).isEqualTo(200);
      assertThat(register.body()).contains("SUSPECT");
      http.signIn("head", "demo");
      Reply page = http.get("/offences/unit?q=" + number);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains(number);
      awaitTrue(() -> Double.isNaN(gauge("ecase.db.replica.lag")), "lag unknown");
      awaitTrue(() -> breaker("closed") == 0, "the replica's circuit breaker open");
      assertThat(scrape()).contains("resilience4j_circuitbreaker_state{");
    } finally {
      script("start-replica");
    }
    awaitTrue(
        () -> {
          double before = reads("replica");
          return numbers(head, "q=" + number).contains(number) && reads("replica") > before;
        },
        "lists served by the replica again");
    awaitTrue(() -> gauge("ecase.db.replica.lag") < 5, "lag measured again");
    awaitTrue(() -> breaker("closed") == 1, "the replica's circuit breaker closed again");
    // nothing lost: what was registered on the primary meanwhile, replayed and read from the
    // replica
    awaitOnReplica(duringOutage);
    double fromReplica = reads("replica");
    assertThat(numbers(head, "q=" + duringOutage)).containsExactly(duringOutage);
    assertThat(reads("replica")).isGreaterThan(fromReplica);
  }

  /**
   * 1 when the replica's circuit breaker is in this state (closed, open, forced_open …), else 0.
   */
  private double breaker(String state) {
    var gauge =
        meters
            .find("resilience4j.circuitbreaker.state")
            .tag("name", "db-replica")
            .tag("state", state)
            .gauge();
    return gauge == null ? 0 : gauge.value();
  }

  private List<String> numbers(String token, String query) {
    Reply reply = http.get(ProtocolApi.PROTOCOLS + "?" + query, auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().valueStream().map(line -> line.get("number").asString()).toList();
  }

  private double reads(String server) {
    return meters.find("ecase.db.reads").tag("server", server).counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private double reads(String server, String route) {
    var counter = meters.find("ecase.db.reads").tag("server", server).tag("route", route).counter();
    return counter == null ? 0 : counter.count();
  }

  private double gauge(String name) {
    return meters.get(name).gauge().value();
  }

  private String scrape() {
    return http.get("/actuator/prometheus").body();
  }

  private static void awaitOnReplica(String number) throws Exception {
    awaitTrue(
        () -> {
          try {
            return count(
                    replicaUrl,
                    "select count(*) from offence_protocols where number = '" + number + "'")
                == 1;
          } catch (SQLException e) {
            return false;
          }
        },
        "the replica has " + number);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for: %s", what).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static void resetStatements() throws SQLException {
    count(primaryUrl, "select count(*) from (select pg_stat_statements_reset()) r");
    count(replicaUrl, "select count(*) from (select pg_stat_statements_reset()) r");
  }

  private static long listQueriesOn(String url) throws SQLException {
    return statementsOn(url, LIST_QUERY);
  }

  private static long statementsOn(String url, String like) throws SQLException {
    return count(
        url,
        "select coalesce(sum(calls), 0) from pg_stat_statements where query like '"
            + like
            + "' and query not like '%pg_stat_statements%'");
  }

  private static boolean onReplica(String rows) {
    try {
      return count(replicaUrl, "select count(*) from " + rows) == 1;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * A crime report made by the person and a criminal case with the person as its suspect, written
   * on the primary straight into the register's tables (as CaseSearchIT does); the report's KUI
   * number.
   */
  private static String reportAndCase(String iin) throws SQLException {
    String kui = "19710001" + String.format("%06d", (int) (System.nanoTime() % 1_000_000));
    String erdr = "197100011" + String.format("%06d", (int) (System.nanoTime() % 1_000_000));
    try (Connection connection = DriverManager.getConnection(primaryUrl, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into crime_reports (id, kui_number, unit, source, reporter_iin, reporter_name,"
              + " description, place, received_at, received_by, registration_deadline,"
              + " idempotency_key, document_sha256, signature_sha256, receipt) values"
              + " (gen_random_uuid(), '%s', '710001', 'CITIZEN_STATEMENT', '%s', 'Сейітов Нұрлан',"
                  .formatted(kui, iin)
              + " 'Кража', 'Астана', now(), 'officer', now(), gen_random_uuid()::text,"
              + " repeat('a', 64), repeat('b', 64), 0)");
      String id = java.util.UUID.randomUUID().toString();
      statement.execute(
          "insert into criminal_cases (id, erdr_number, report_id, unit, opened_at, opened_by)"
              + " values ('%s', '%s', gen_random_uuid(), '710001', now(), 'investigator')"
                  .formatted(id, erdr));
      statement.execute(
          "insert into criminal_case_events (case_id, seq, type, from_status, to_status, at,"
              + " actor, reasons, receipt) values ('%s', 1, 'OPEN', 'REGISTERED',".formatted(id)
              + " 'INVESTIGATING', now(), 'investigator', '', 0)");
      statement.execute(
          "insert into criminal_case_settings (case_id, seq, investigator, language,"
              + " article_code, gravity, form, deadline, alert_at) values ('%s', 1,".formatted(id)
              + " 'investigator', 'RU', '188-1', 'SMALL', 'GENERAL', now() + interval '60 days',"
              + " now() + interval '60 days')");
      statement.execute(
          "insert into criminal_case_participants (id, case_id, seq, role, iin, name, added_at,"
              + " added_by) values (gen_random_uuid(), '%s', 1, 'SUSPECT', '%s',".formatted(id, iin)
              + " 'Сейітов Нұрлан', now(), 'investigator')");
    }
    return kui;
  }

  /** A number a query asks of one server, as its superuser. */
  private static long count(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> script(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command);
    builder.environment().putAll(scriptEnv);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("%s %s: %s", SCRIPT, command, output).isZero();
    return output.lines().toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
