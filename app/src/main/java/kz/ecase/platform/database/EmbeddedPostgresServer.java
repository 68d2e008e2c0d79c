package kz.ecase.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server started from the binaries packaged in the application, with its data
 * directory on disk so that a restart keeps everything.
 *
 * <p>One server per data directory and JVM: application contexts that share a directory (the test
 * suite starts several) share the server, which stops when the last of them closes.
 *
 * <p>It stops after the application, never before: the library's own JVM shutdown hook (which on a
 * SIGTERM would stop PostgreSQL at once, under the feet of the schedulers and dispatchers still
 * finishing their work) is off; the server stops when the last context using it closes, and what is
 * left running then stops in a Spring Boot shutdown handler, which runs only after every context
 * has closed.
 *
 * <p>A start may begin early, on a thread of its own while the application context is still being
 * built ({@link #startEarly}, from {@link EmbeddedDatabaseEarlyStart}): the first {@link #obtain}
 * for the same directory then waits for that start instead of beginning another.
 */
final class EmbeddedPostgresServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();
  private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> STARTING =
      new HashMap<>();
  private static boolean stopsAtExit;

  private final Path dataDirectory;
  private final EmbeddedPostgres postgres;
  private int users;

  private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
    this.dataDirectory = dataDirectory;
    this.postgres = postgres;
  }

  static synchronized EmbeddedPostgresServer obtain(
      Path dataDirectory, EmbeddedDatabaseProperties settings) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    EmbeddedPostgresServer server = RUNNING.get(key);
    if (server == null) {
      stopAtExit();
      CompletableFuture<EmbeddedPostgresServer> early = STARTING.remove(key);
      server = early == null ? startNow(key, settings) : awaitEarly(early);
      RUNNING.put(key, server);
    }
    server.users++;
    return server;
  }

  /**
   * Begins starting the server for {@code dataDirectory} on a thread of its own, unless it runs or
   * is starting already; the first {@link #obtain} for the directory takes it over (and fails with
   * its error, if it failed). What no context takes over stops with the JVM, like the rest.
   */
  static synchronized void startEarly(Path dataDirectory, EmbeddedDatabaseProperties settings) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    if (!RUNNING.containsKey(key) && !STARTING.containsKey(key)) {
      stopAtExit();
      STARTING.put(
          key,
          CompletableFuture.supplyAsync(
              () -> startNow(key, settings),
              task -> {
                Thread thread = new Thread(task, "embedded-postgres-start");
                thread.setDaemon(true);
                thread.start();
              }));
    }
  }

  /** Starts the server; takes no lock (an {@link #obtain} waits for it under the class's). */
  private static EmbeddedPostgresServer startNow(Path key, EmbeddedDatabaseProperties settings) {
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(key, start(key, settings));
    server.createDatabase(settings.database());
    server.createApplicationRole();
    return server;
  }

  private static EmbeddedPostgresServer awaitEarly(
      CompletableFuture<EmbeddedPostgresServer> early) {
    try {
      return early.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static EmbeddedPostgres start(Path dataDirectory, EmbeddedDatabaseProperties settings) {
    try {
      if (settings.cleanOnStart()) {
        FileSystemUtils.deleteRecursively(dataDirectory);
      }
      Files.createDirectories(dataDirectory);
      String durable = settings.durable() ? "on" : "off";
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(settings.port())
              .setServerConfig("fsync", durable)
              .setServerConfig("synchronous_commit", durable)
              .setServerConfig("full_page_writes", durable)
              .start();
      log.info(
          "Embedded PostgreSQL listening on localhost:{}, data in {} (durable: {})",
          postgres.getPort(),
          dataDirectory,
          durable);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  private void createDatabase(String database) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rows = exists.executeQuery()) {
        if (!rows.next()) {
          connection.createStatement().execute("create database \"" + database + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + database, e);
    }
  }

  /** The role ecase connects as: it owns nothing, so grants decide what it may change. */
  static final String APPLICATION_ROLE = "ecase_app";

  private void createApplicationRole() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      connection
          .createStatement()
          .execute(
              "do $$ begin if not exists (select from pg_roles where rolname = '"
                  + APPLICATION_ROLE
                  + "') then create role "
                  + APPLICATION_ROLE
                  + " login; end if; end $$");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create role " + APPLICATION_ROLE, e);
    }
  }

  /** Once per JVM: what is still running when every context has closed stops then. */
  private static void stopAtExit() {
    if (!stopsAtExit) {
      SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stopAll);
      stopsAtExit = true;
    }
  }

  private static synchronized void stopAll() {
    for (CompletableFuture<EmbeddedPostgresServer> early : STARTING.values()) {
      try {
        EmbeddedPostgresServer server = early.join();
        RUNNING.putIfAbsent(server.dataDirectory, server);
      } catch (CompletionException e) {
        log.debug("An early start of the embedded PostgreSQL had failed", e);
      }
    }
    STARTING.clear();
    for (EmbeddedPostgresServer server : RUNNING.values()) {
      try {
        server.postgres.close();
      } catch (IOException e) {
        log.warn(
            "Could not stop the embedded PostgreSQL in {}: {}", server.dataDirectory, e.toString());
      }
    }
    RUNNING.clear();
  }

  String jdbcUrl(String user, String database) {
    return postgres.getJdbcUrl(user, database);
  }

  synchronized void release() throws IOException {
    synchronized (EmbeddedPostgresServer.class) {
      users--;
      if (users == 0) {
        RUNNING.remove(dataDirectory);
        postgres.close();
      }
    }
  }
}
