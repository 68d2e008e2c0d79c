package kz.ecase.investigations;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.stereotype.Component;

/**
 * Who may see a report: everyone whose role and jurisdiction allow, except that a report qualified
 * as a grave or especially grave crime is restricted to its team — whoever received it or took a
 * step on it — and the duty and supervising prosecutors over its unit.
 */
@Component
class ReportScopes {

  private final ReportStore store;
  private final Directory directory;

  ReportScopes(ReportStore store, Directory directory) {
    this.store = store;
    this.directory = directory;
  }

  RecordScope of(StoredReport report, String gravity) {
    return of(report.id(), report.unit(), report.reporterIin(), gravity);
  }

  /** The same from the report's id, unit, reporter's IIN and registration's gravity (or null). */
  RecordScope of(UUID id, String unitCode, String reporterIin, String gravity) {
    UnitCode unit = UnitCode.of(unitCode);
    Iin reporter = reporterIin == null ? null : Iin.of(reporterIin);
    if (gravity == null || !Gravity.valueOf(gravity).restricted()) {
      return new RecordScope(unit, reporter);
    }
    return RecordScope.restricted(unit, reporter, team(id, unit));
  }

  private Set<String> team(UUID reportId, UnitCode unit) {
    Set<String> team = new HashSet<>(store.participants(reportId));
    directory.accounts().stream()
        .filter(
            account ->
                account.role() == Role.DUTY_PROSECUTOR
                    || account.role() == Role.SUPERVISING_PROSECUTOR)
        .filter(account -> account.unit() != null && account.unit().covers(unit))
        .forEach(account -> team.add(account.username()));
    return team;
  }
}
