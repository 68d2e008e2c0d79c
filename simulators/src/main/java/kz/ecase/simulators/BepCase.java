package kz.ecase.simulators;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An enforcement case of the simulated AIS BEP: opened for the materials sent under one reference,
 * then executed (the amount collected) or returned (with the reason) by the bailiff.
 *
 * @param caseNumber AIS BEP's number of the case
 * @param reference the sender's reference of the materials (its idempotency key)
 * @param debtorIin whom the fine is collected from
 * @param amountKzt the amount to collect
 * @param status {@code ACCEPTED}, {@code EXECUTED} or {@code RETURNED}
 * @param collectedKzt the amount collected, once executed
 * @param reason why it was returned, once returned
 * @param acceptedAt when the materials were accepted
 * @param changedAt when the status last changed
 */
public record BepCase(
    String caseNumber,
    String reference,
    String debtorIin,
    BigDecimal amountKzt,
    String status,
    BigDecimal collectedKzt,
    String reason,
    Instant acceptedAt,
    Instant changedAt) {

  static final String ACCEPTED = "ACCEPTED";
  static final String EXECUTED = "EXECUTED";
  static final String RETURNED = "RETURNED";

  BepCase executed(BigDecimal collected, Instant at) {
    return new BepCase(
        caseNumber, reference, debtorIin, amountKzt, EXECUTED, collected, null, acceptedAt, at);
  }

  BepCase returned(String why, Instant at) {
    return new BepCase(
        caseNumber, reference, debtorIin, amountKzt, RETURNED, null, why, acceptedAt, at);
  }
}
