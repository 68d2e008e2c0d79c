package kz.ecase.offences.enforcement.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * AIS BEP, the Ministry of Justice's system of enforcement proceedings, as ecase uses it: send the
 * materials of an unpaid fine (idempotent on ecase's reference: the same reference again answers
 * the same case) and ask how a case stands.
 */
public interface AisBep {

  /**
   * Sends the materials; answers the case AIS BEP opened for them (or had opened for the same
   * reference before).
   *
   * @throws AisBepException when AIS BEP did not acknowledge them
   */
  Acknowledgement submit(Materials materials);

  /**
   * How the case stands; empty when AIS BEP does not know it.
   *
   * @throws AisBepException when AIS BEP did not answer
   */
  Optional<CaseStatus> status(String caseNumber);

  /**
   * What is sent: the decision in force and whom, how much and under which reference to collect.
   */
  record Materials(
      String reference,
      String protocolId,
      String protocolNumber,
      String paymentReference,
      String debtorIin,
      String article,
      BigDecimal amountKzt,
      String unit,
      LocalDate inForceOn,
      LocalDate voluntaryPaymentDeadline,
      String protocolSha256) {}

  /** AIS BEP accepted the materials and opened (or had opened) this case. */
  record Acknowledgement(String caseNumber, Instant acceptedAt) {}

  /**
   * A case as AIS BEP reports it: {@code ACCEPTED} (in progress), {@code EXECUTED} (collected) or
   * {@code RETURNED} (sent back without execution, with the reason).
   */
  record CaseStatus(
      String caseNumber, String status, BigDecimal collectedKzt, String reason, Instant changedAt) {

    public boolean executed() {
      return "EXECUTED".equals(status);
    }

    public boolean returned() {
      return "RETURNED".equals(status);
    }
  }

  /** AIS BEP did not answer as it should; {@code permanent} when it refused the request itself. */
  class AisBepException extends RuntimeException {

    private final boolean permanent;

    public AisBepException(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
