package kz.ecase.platform.simulation;

/**
 * An external system ecase talks to over HTTP, with the setting that holds its address. When the
 * address is empty (the embedded default), {@link EmbeddedSimulators} serves a simulator of it.
 */
public enum SimulatedSystem {
  /** The state registries (population, vehicles, wanted list…), ECASE_REGISTRIES_URL. */
  REGISTRIES("the state registries", "ecase.persons.base-url", "ECASE_REGISTRIES_URL", ""),
  /** The SMS gateway, ECASE_SMS_URL. */
  SMS("the SMS gateway", "ecase.notifications.sms.base-url", "ECASE_SMS_URL", "/sms"),
  /** The payment provider, ECASE_PAYMENTS_URL. */
  PAYMENTS(
      "the payment provider",
      "ecase.offences.payments.provider-url",
      "ECASE_PAYMENTS_URL",
      "/payment-provider"),
  /** AIS BEP (enforcement proceedings), ECASE_ENFORCEMENT_URL. */
  ENFORCEMENT(
      "AIS BEP", "ecase.offences.enforcement.base-url", "ECASE_ENFORCEMENT_URL", "/enforcement"),
  /** The court system that receives criminal cases' files, ECASE_COURT_URL. */
  COURT("the court system", "ecase.cases.court.base-url", "ECASE_COURT_URL", "/court");

  private final String title;
  private final String property;
  private final String variable;
  private final String path;

  SimulatedSystem(String title, String property, String variable, String path) {
    this.title = title;
    this.property = property;
    this.variable = variable;
    this.path = path;
  }

  /** What the system is, for logs and refusals, e.g. "the SMS gateway". */
  public String title() {
    return title;
  }

  /** The property holding the system's address, e.g. {@code ecase.notifications.sms.base-url}. */
  public String property() {
    return property;
  }

  /** The environment variable that sets it, e.g. {@code ECASE_SMS_URL}. */
  public String variable() {
    return variable;
  }

  /** Where the simulators answer for this system, below their base address. */
  String path() {
    return path;
  }
}
