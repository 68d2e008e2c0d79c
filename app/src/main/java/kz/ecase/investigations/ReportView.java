package kz.ecase.investigations;

import java.util.List;
import kz.ecase.investigations.domain.ReportStatus;
import kz.ecase.investigations.persistence.ReportStore.Registration;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.procedure.RecordedStep;

/** A report with its steps and registrations, and where it stands now. */
public record ReportView(
    StoredReport report,
    ReportStatus status,
    List<RecordedStep> steps,
    List<Registration> registrations,
    boolean restricted) {

  /** The latest registration, if the report was ever registered. */
  public Registration registration() {
    return registrations.isEmpty() ? null : registrations.get(registrations.size() - 1);
  }
}
