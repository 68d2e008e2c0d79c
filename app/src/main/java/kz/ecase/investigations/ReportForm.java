package kz.ecase.investigations;

import java.time.Instant;

/**
 * A report as received at the duty desk (or on-line): who reported (a person's IIN, or an
 * organisation's BIN; an officer's own report needs neither), what, where and when it happened.
 *
 * @param source {@code CITIZEN_STATEMENT}, {@code ONLINE_STATEMENT}, {@code OFFICER_REPORT} or
 *     {@code AGENCY_MESSAGE}
 * @param idempotencyKey the desk's key for this submission: the same key answers the same report
 * @param pin the receiver's signing PIN
 */
public record ReportForm(
    String source,
    String reporterIin,
    String reporterBin,
    String reporterName,
    String description,
    String place,
    Instant occurredAt,
    String idempotencyKey,
    String pin) {}
