package kz.ecase.simulators;

import java.time.Instant;

/**
 * A case of the simulated court: opened for the court file sent under one reference, then returned
 * to the investigation for revision (with the reason) or decided (a sentence or an order, with its
 * text).
 *
 * @param caseNumber the court's number of the case
 * @param reference the sender's reference of the court file (its idempotency key)
 * @param erdrNumber the ERDR number of the criminal case, from the file's manifest
 * @param procedure the kind of the document that sent the case (e.g. {@code ORDER_PROTOCOL})
 * @param fileSha256 the SHA-256 of the court file the court keeps (the first one accepted)
 * @param fileSize its size in bytes
 * @param status {@code ACCEPTED}, {@code RETURNED} or {@code DECIDED}
 * @param decisionKind {@code SENTENCE} or {@code ORDER}, once decided
 * @param decisionText the decision's text, once decided
 * @param reason why it was returned, once returned
 * @param acceptedAt when the file was accepted
 * @param changedAt when the status last changed
 */
public record CourtCase(
    String caseNumber,
    String reference,
    String erdrNumber,
    String procedure,
    String fileSha256,
    long fileSize,
    String status,
    String decisionKind,
    String decisionText,
    String reason,
    Instant acceptedAt,
    Instant changedAt) {

  static final String ACCEPTED = "ACCEPTED";
  static final String RETURNED = "RETURNED";
  static final String DECIDED = "DECIDED";

  /** The decisions a court takes on a case. */
  static final java.util.Set<String> DECISIONS = java.util.Set.of("SENTENCE", "ORDER");

  CourtCase decided(String kind, String text, Instant at) {
    return new CourtCase(
        caseNumber,
        reference,
        erdrNumber,
        procedure,
        fileSha256,
        fileSize,
        DECIDED,
        kind,
        text,
        null,
        acceptedAt,
        at);
  }

  CourtCase returned(String why, Instant at) {
    return new CourtCase(
        caseNumber,
        reference,
        erdrNumber,
        procedure,
        fileSha256,
        fileSize,
        RETURNED,
        null,
        null,
        why,
        acceptedAt,
        at);
  }
}
