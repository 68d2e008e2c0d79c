package kz.ecase.cases.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint against an action or decision of the police and, once decided, the prosecutor's
 * decision.
 *
 * @param erdrNumber the case it concerns, if any
 * @param documentId the act complained of (a document of that case), if named
 * @param decision {@code UPHELD} or {@code REJECTED}; null while it waits
 */
public record Complaint(
    UUID id,
    String number,
    String unit,
    String erdrNumber,
    UUID documentId,
    String complainantIin,
    String filedBy,
    String filedByRole,
    Instant filedAt,
    String text,
    Instant deadline,
    String decision,
    String reasons,
    String decidedBy,
    Instant decidedAt,
    String decisionSha256) {}
