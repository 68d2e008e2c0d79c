package kz.ecase.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The packaged application ({@code target/ecase.jar}, built before the failsafe phase) started as a
 * child process, for tests of what survives a crash: {@link #kill()} is {@code kill -9}. The child
 * shares the test's database (the embedded server or {@code ECASE_DB_URL}) and data directory
 * (token secret, signing CA, ledger key), and takes whatever else the test sets (simulator
 * addresses, switches). Its output goes to {@code target/app-process/<name>.log}; {@link #logTail}
 * shows it when something went wrong.
 *
 * <p>The child starts as users start ecase, through {@code bin/ecase}: from the jar's extracted
 * layout with the JVM's class archive, which the first child stopped normally writes and every
 * later start (of a child, and of the CI's crash and two-node tests on the same jar) maps: a start
 * in about half the time of {@code java -jar}. Until the archive exists, {@code bin/ecase} runs the
 * JVM as its own child; {@link #kill()} kills that JVM, not only the script.
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofSeconds(180);

  private final String name;
  private final Process process;
  private final Path log;
  private final int port;

  private AppProcess(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Settings for a child that shares the test's database and data directory. */
  public static Map<String, String> sharing(DataSource dataSource, Path dataDirectory) {
    if (!(dataSource instanceof HikariDataSource pool)) {
      throw new IllegalStateException("expected a Hikari pool, got " + dataSource.getClass());
    }
    boolean external = !env("ECASE_DB_URL").isEmpty();
    Map<String, String> settings = new LinkedHashMap<>();
    // without the embedded server's "?user=…", which would override the owner's name for Flyway
    settings.put("ECASE_DB_URL", pool.getJdbcUrl().replaceFirst("\\?.*$", ""));
    settings.put("ECASE_DB_USER", pool.getUsername());
    settings.put("ECASE_DB_PASSWORD", external ? env("ECASE_DB_PASSWORD") : "");
    // the embedded server's superuser owns the schema (EmbeddedDatabaseConfiguration)
    settings.put("ECASE_DB_OWNER", external ? env("ECASE_DB_OWNER") : "postgres");
    settings.put("ECASE_DB_OWNER_PASSWORD", external ? env("ECASE_DB_OWNER_PASSWORD") : "");
    settings.put("ECASE_DATA_DIR", dataDirectory.toAbsolutePath().toString());
    return settings;
  }

  /**
   * Settings for a child with a database of its own, created here on the test's server (the same
   * roles), and the given data directory: a child whose clock runs ahead acts on its own protocols
   * only. {@link #dropDatabase} removes it.
   */
  public static Map<String, String> withOwnDatabase(
      DataSource dataSource, String database, Path dataDirectory) {
    if (!database.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("Not a database name: " + database);
    }
    Map<String, String> settings = sharing(dataSource, dataDirectory);
    asOwner(settings, "create database " + database);
    String url = settings.get("ECASE_DB_URL");
    settings.put("ECASE_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database);
    return settings;
  }

  /** Removes a database made by {@link #withOwnDatabase}, with whatever is still connected. */
  public static void dropDatabase(DataSource dataSource, String database) {
    asOwner(
        sharing(dataSource, Path.of(".")), "drop database if exists " + database + " with (force)");
  }

  private static void asOwner(Map<String, String> settings, String statement) {
    try (Connection connection =
            DriverManager.getConnection(
                settings.get("ECASE_DB_URL"),
                settings.get("ECASE_DB_OWNER"),
                settings.get("ECASE_DB_OWNER_PASSWORD"));
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts {@code target/ecase.jar} with the settings (environment variables) on a free port and
   * waits until it is healthy.
   *
   * @throws AssertionError with the child's log when it does not become healthy in time
   */
  public static AppProcess start(String name, Map<String, String> settings) {
    Path jar = moduleDirectory().resolve("target/ecase.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: run the integration tests with `mvn verify` (after package)");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnFreePort(name, settings, jar);
      } catch (AssertionError e) {
        // A free port can be taken between the check and the child's bind (its own embedded
        // PostgreSQL picks a free port too): start again on another one.
        if (attempt == 3 || !String.valueOf(e.getMessage()).contains("already in use")) {
          throw e;
        }
      }
    }
  }

  private static AppProcess startOnFreePort(String name, Map<String, String> settings, Path jar) {
    int port = freePort();
    Path log = moduleDirectory().resolve("target/app-process/" + name + ".log");
    try {
      Files.createDirectories(log.getParent());
      Path launcher = moduleDirectory().toAbsolutePath().getParent().resolve("bin/ecase");
      ProcessBuilder builder =
          new ProcessBuilder("sh", launcher.toString())
              .directory(log.getParent().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().put("ECASE_JAR", jar.toAbsolutePath().toString());
      builder.environment().put("JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
      builder.environment().putAll(settings);
      builder.environment().put("ECASE_PORT", Integer.toString(port));
      AppProcess child = new AppProcess(name, builder.start(), log, port);
      child.awaitHealthy();
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /**
   * {@code kill -9} of the JVM (and of {@code bin/ecase} while it trains the archive, whose child
   * the JVM is then): no shutdown hooks, no graceful stop; returns when both are gone.
   */
  public void kill() {
    List<ProcessHandle> jvm = process.children().toList();
    jvm.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit();
    for (ProcessHandle child : jvm) {
      try {
        child.onExit().get(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException(name + "'s JVM did not end after kill -9", e);
      }
    }
  }

  /** A normal stop (SIGTERM), forcibly after 30 s. */
  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /** Everything the child printed so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines the child printed. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "---- "
          + name
          + " ("
          + log
          + "), last lines ----\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log of " + name + ": " + e + ")";
    }
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            name
                + " exited with "
                + process.exitValue()
                + " before it was healthy\n"
                + logTail(80));
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      sleep(250);
    }
    kill();
    throw new AssertionError(
        name + " was not healthy within " + START_LIMIT.toSeconds() + " s\n" + logTail(80));
  }

  private void awaitExit() {
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " did not end after kill -9");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path moduleDirectory() {
    String basedir = System.getProperty("basedir");
    Path directory = basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
    return Files.isDirectory(directory.resolve("target")) || basedir != null
        ? directory
        : directory.resolve("app");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
