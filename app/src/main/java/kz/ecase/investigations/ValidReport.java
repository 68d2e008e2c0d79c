package kz.ecase.investigations;

import java.time.Instant;
import kz.ecase.investigations.domain.ReportSource;
import kz.ecase.kernel.Iin;

/** A report form that passed every check. */
record ValidReport(
    ReportSource source,
    Iin reporterIin,
    String reporterBin,
    String reporterName,
    String description,
    String place,
    Instant occurredAt,
    String idempotencyKey) {

  /** Who reported, as the act prints it. */
  String reporterLine() {
    StringBuilder line = new StringBuilder(reporterName == null ? "" : reporterName);
    if (reporterIin != null) {
      line.append(line.isEmpty() ? "" : ", ").append("ИИН ").append(reporterIin.value());
    }
    if (reporterBin != null) {
      line.append(line.isEmpty() ? "" : ", ").append("БИН ").append(reporterBin);
    }
    return line.isEmpty() ? "—" : line.toString();
  }
}
