package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.testing.AppProcess;
import kz.ecase.testing.Eventually;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar under the {@code prod} profile, with every production setting supplied: an
 * external PostgreSQL (a fresh database on {@code 127.0.0.1:5432}, or on the server of {@code
 * ECASE_DB_URL}), its own token secret, checkpoint key, signing CA and key-encryption key, and
 * every external system at a stand-in (the simulators jar, a separate process). It must start, be
 * healthy and talk to the stand-ins, with no simulator of its own.
 */
class ProductionStartIT {

  private static final Path SIMULATORS_JAR = Path.of("..", "simulators", "target");

  @TempDir Path secrets;

  private Process standIns;
  private String standInsUrl;
  private String database;

  @BeforeEach
  void startTheStandIns() throws IOException {
    Path jar = moduleDirectory().resolve(SIMULATORS_JAR).resolve("ecase-simulators.jar");
    assertThat(jar).as("built by the simulators module's package").isRegularFile();
    standIns =
        new ProcessBuilder(java(), "-Xmx128m", "-jar", jar.toString(), "--port", "0")
            .redirectErrorStream(true)
            .start();
    String first =
        new BufferedReader(new InputStreamReader(standIns.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    assertThat(first).as("the simulators' first line").contains("http://");
    standInsUrl = first.substring(first.indexOf("http://")).strip();
  }

  @AfterEach
  void stopTheStandInsAndDropTheDatabase() throws Exception {
    if (standIns != null) {
      standIns.destroy();
      standIns.waitFor(10, TimeUnit.SECONDS);
    }
    if (database != null) {
      admin("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void startsWithEveryProductionSettingAndUsesTheConfiguredSystems() throws Exception {
    String paymentSecret = random();
    put(standInsUrl + "/admin/payment-provider", "{\"secret\":\"" + paymentSecret + "\"}");
    database = "ecase_prod_start_" + System.nanoTime();
    admin("create database " + database);

    Map<String, String> settings = new HashMap<>();
    settings.put("SPRING_PROFILES_ACTIVE", "prod");
    settings.put("ECASE_DB_URL", "jdbc:postgresql://" + server() + "/" + database);
    settings.put("ECASE_DB_USER", user());
    settings.put("ECASE_DB_PASSWORD", password());
    settings.put("ECASE_DATA_DIR", secrets.resolve("data").toString());
    settings.put("ECASE_DEMO_DATA", "false");
    settings.put("ECASE_TOKEN_SECRET", random());
    settings.putAll(checkpointKey());
    settings.putAll(signingCa());
    settings.put("ECASE_SIGNING_KEK_FILE", keyEncryptionKey().toString());
    settings.put("ECASE_REGISTRIES_URL", standInsUrl);
    settings.put("ECASE_SMS_URL", standInsUrl + "/sms");
    settings.put("ECASE_PAYMENTS_URL", standInsUrl + "/payment-provider");
    settings.put("ECASE_PAYMENTS_SECRET", paymentSecret);
    settings.put("ECASE_ENFORCEMENT_URL", standInsUrl + "/enforcement");
    settings.put("ECASE_COURT_URL", standInsUrl + "/court");
    // the reconciliation asks the provider for its statements every second instead of nightly
    settings.put("ECASE_PAYMENTS_RECONCILIATION_CRON", "* * * * * *");

    try (AppProcess app = AppProcess.start("production-start", settings)) {
      LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(1);
      String reconciled = "Payments of " + yesterday + " reconciled";
      Eventually.within(
          Duration.ofSeconds(15),
          () -> app.log().contains(reconciled) ? reconciled : app.logTail(30),
          reconciled::equals);
      assertThat(app.log())
          .as("no simulator in-process, nothing postponed")
          .doesNotContain("Simulators of", "registry-simulator", "postponed");
    }
  }

  private Map<String, String> checkpointKey() throws Exception {
    NoteSigner signer = NoteSigner.generate("ecase.test/ledger");
    Path key = secrets.resolve("checkpoint-key.pem");
    try (PemWriter pem = new PemWriter(Files.newBufferedWriter(key))) {
      pem.writeObject(new PemObject("PRIVATE KEY", signer.privateKeyPkcs8()));
    }
    return Map.of(
        "ECASE_LEDGER_KEY",
        key.toString(),
        "ECASE_LEDGER_VKEY",
        signer.verifierKey(),
        "ECASE_LEDGER_ORIGIN",
        "ecase.test/ledger");
  }

  /** 32 random bytes, readable by their owner only (ecase refuses a KEK open to others). */
  private Path keyEncryptionKey() throws IOException {
    Path kek = secrets.resolve("signing-kek");
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    Files.write(kek, bytes);
    Files.setPosixFilePermissions(kek, PosixFilePermissions.fromString("rw-------"));
    return kek;
  }

  private Map<String, String> signingCa() throws IOException {
    CertificateAuthority ca =
        CertificateAuthority.generate(
            SignatureAlgorithms.ECDSA_P256,
            "ecase production start test CA",
            Instant.now(),
            Duration.ofDays(30));
    Path key = secrets.resolve("ca-key.pem");
    Path certificate = secrets.resolve("ca.pem");
    Files.writeString(key, Pem.write(ca.key()));
    Files.writeString(certificate, Pem.write(ca.certificate()));
    return Map.of(
        "ECASE_SIGNING_CA_KEY", key.toString(), "ECASE_SIGNING_CA_CERT", certificate.toString());
  }

  /** Host and port of the test's PostgreSQL: ECASE_DB_URL's, or 127.0.0.1:5432. */
  private static String server() {
    String url = env("ECASE_DB_URL");
    if (url.isEmpty()) {
      return "127.0.0.1:5432";
    }
    String rest = url.substring("jdbc:postgresql://".length());
    return rest.substring(0, rest.indexOf('/'));
  }

  private static String user() {
    String user = env("ECASE_DB_OWNER").isEmpty() ? env("ECASE_DB_USER") : env("ECASE_DB_OWNER");
    return user.isEmpty() ? "postgres" : user;
  }

  private static String password() {
    return env("ECASE_DB_OWNER").isEmpty()
        ? env("ECASE_DB_PASSWORD")
        : env("ECASE_DB_OWNER_PASSWORD");
  }

  private static void admin(String statement) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + server() + "/postgres", user(), password());
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  private static void put(String url, String json) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Path moduleDirectory() {
    String basedir = System.getProperty("basedir");
    return basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }
}
