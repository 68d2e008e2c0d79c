package kz.ecase.investigations.domain;

/**
 * Where a crime report stands. A decision on it (registered, refused, transferred, passed to
 * administrative proceedings) waits for the duty prosecutor's check; the check confirms it (the
 * {@code *_CONFIRMED} states, final), returns it with remarks, or annuls an illegal refusal (the
 * report is then registered).
 */
public enum ReportStatus {
  /** Received, in the book of incident records; a decision is due within the registration term. */
  RECEIVED("принято"),
  /** Entered into the ERDR with a number and a qualification; the investigation has started. */
  REGISTERED("зарегистрировано, на проверке прокурора"),
  /** Registration refused, with reasons. */
  REFUSED("отказано в регистрации, на проверке прокурора"),
  /** Sent to another unit or agency by jurisdiction. */
  TRANSFERRED("передано по подследственности, на проверке прокурора"),
  /** Not a crime but an administrative offence: an SRAP protocol is drawn up. */
  PASSED_TO_ADMINISTRATIVE("направлено в административное производство, на проверке прокурора"),
  /** The duty prosecutor returned the decision with remarks; its author decides again. */
  RETURNED("возвращено прокурором с замечаниями"),
  REGISTRATION_CONFIRMED("зарегистрировано, законность подтверждена прокурором"),
  REFUSAL_CONFIRMED("отказ подтверждён прокурором"),
  TRANSFER_CONFIRMED("передача подтверждена прокурором"),
  PASSING_CONFIRMED("направление подтверждено прокурором");

  private final String titleRu;

  ReportStatus(String titleRu) {
    this.titleRu = titleRu;
  }

  /** How official papers name it, in Russian. */
  public String titleRu() {
    return titleRu;
  }

  /** A decision that waits in the duty prosecutor's queue. */
  public boolean awaitsCheck() {
    return this == REGISTERED
        || this == REFUSED
        || this == TRANSFERRED
        || this == PASSED_TO_ADMINISTRATIVE;
  }

  /** No decision has been taken (or the last one was returned): the registration term runs. */
  public boolean awaitsDecision() {
    return this == RECEIVED || this == RETURNED;
  }

  /** In the ERDR (registered, whether or not the check has confirmed it yet). */
  public boolean inRegister() {
    return this == REGISTERED || this == REGISTRATION_CONFIRMED;
  }
}
