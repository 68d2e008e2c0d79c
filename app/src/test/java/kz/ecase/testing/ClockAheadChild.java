package kz.ecase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.ecase.simulators.RegistrySimulators;

/**
 * The packaged app as a child process on a database of its own, with this test's simulators as its
 * registries and SMS gateway, started again and again with its clock further ahead: how a test
 * shows terms and sweeps in simulated time without waiting. Closing it stops the child and the
 * simulators and drops the database.
 */
public final class ClockAheadChild implements AutoCloseable {

  private final DataSource dataSource;
  private final RegistrySimulators simulators = RegistrySimulators.start(0);
  private final String database;
  private final Map<String, String> own;
  private AppProcess child;

  /**
   * @param name what the database and the data directory are named after
   */
  public ClockAheadChild(DataSource dataSource, String name) {
    this.dataSource = dataSource;
    this.database = "ecase_" + name + "_" + System.nanoTime() % 1_000_000_000L;
    this.own = AppProcess.withOwnDatabase(dataSource, database, temporaryDirectory(name));
  }

  public RegistrySimulators simulators() {
    return simulators;
  }

  /**
   * Stops the running child, if any, and starts it again: SMS dispatch and reminders off, the
   * settings given, its clock ahead by {@code clockAhead} (an ISO duration; null: none).
   */
  public AppProcess start(String name, String clockAhead, Map<String, String> more) {
    if (child != null) {
      child.close();
    }
    Map<String, String> settings = new HashMap<>(own);
    settings.put("ECASE_REGISTRIES_URL", simulators.baseUrl());
    settings.put("ECASE_SMS_URL", simulators.smsBaseUrl());
    settings.put("ECASE_SMS_DISPATCH", "false");
    settings.put("ECASE_REMINDERS", "false");
    settings.putAll(more);
    if (clockAhead != null) {
      settings.put("ECASE_CLOCK_OFFSET", clockAhead);
    }
    child = AppProcess.start(name, settings);
    return child;
  }

  public AppProcess child() {
    return child;
  }

  /** Runs a step against the child; a failure carries the end of the child's log. */
  public <T> T watched(Supplier<T> step) {
    try {
      return step.get();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + child.logTail(80), e);
    }
  }

  @Override
  public void close() {
    if (child != null) {
      child.close();
    }
    simulators.close();
    AppProcess.dropDatabase(dataSource, database);
  }

  private static Path temporaryDirectory(String name) {
    try {
      return Files.createTempDirectory("ecase-" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
