package kz.ecase.platform;

/**
 * The simulators of external systems (state registries, SMS gateway) that ecase starts in-process
 * on the embedded default, when no real address is configured. Absent in every other setup.
 */
public interface EmbeddedSimulators {

  /** Where the simulators answer, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
  String baseUrl();
}
