package kz.ecase.investigations.domain;

import java.time.Instant;

/** One step in a report's history: which, from and to which state, when, by whom, why. */
public record ReportEvent(
    ReportStep step,
    ReportStatus from,
    ReportStatus to,
    Instant at,
    String actor,
    String reasons) {}
