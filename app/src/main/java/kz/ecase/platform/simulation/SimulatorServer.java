package kz.ecase.platform.simulation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The simulators' HTTP server ({@code kz.ecase.simulators.RegistrySimulators} of the {@code
 * ecase-simulators} jar), started in this JVM on a free loopback port. The jar is a runtime
 * dependency only: ecase's code never compiles against it, it calls its one entry point ({@code
 * start(int)}) and then talks to it over HTTP like to the real systems.
 */
final class SimulatorServer implements AutoCloseable {

  static final String ENTRY_POINT = "kz.ecase.simulators.RegistrySimulators";

  private final AutoCloseable server;
  private final String baseUrl;

  private SimulatorServer(AutoCloseable server, String baseUrl) {
    this.server = server;
    this.baseUrl = baseUrl;
  }

  /**
   * @throws IllegalStateException when the simulators are not on the class path
   */
  static SimulatorServer start(ClassLoader classLoader) {
    Class<?> type;
    try {
      type = Class.forName(ENTRY_POINT, true, classLoader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "The simulators (ecase-simulators.jar) are not on the class path: configure every"
              + " external system's address (ECASE_REGISTRIES_URL, ECASE_SMS_URL,"
              + " ECASE_PAYMENTS_URL, ECASE_ENFORCEMENT_URL, ECASE_COURT_URL)",
          e);
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle start = lookup.findStatic(type, "start", MethodType.methodType(type, int.class));
      MethodHandle baseUrl =
          lookup.findVirtual(type, "baseUrl", MethodType.methodType(String.class));
      AutoCloseable server = (AutoCloseable) start.invoke(0);
      return new SimulatorServer(server, (String) baseUrl.invoke(server));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Could not start the simulators", e);
    }
  }

  /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
  String baseUrl() {
    return baseUrl;
  }

  /** The running server itself, of the simulators' own type. */
  Object instance() {
    return server;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the simulators", e);
    }
  }
}
