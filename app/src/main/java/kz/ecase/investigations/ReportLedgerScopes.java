package kz.ecase.investigations;

import java.util.List;
import java.util.Optional;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.Registration;
import kz.ecase.ledger.RecordScopeSource;
import org.springframework.stereotype.Component;

/**
 * Who may read a crime report's ledger entries and bundle: whoever may read the report (its team
 * once it is registered as a grave crime), not merely its unit.
 */
@Component
class ReportLedgerScopes implements RecordScopeSource {

  private final ReportStore store;
  private final ReportScopes scopes;

  ReportLedgerScopes(ReportStore store, ReportScopes scopes) {
    this.store = store;
    this.scopes = scopes;
  }

  @Override
  public String recordType() {
    return "report";
  }

  @Override
  public Optional<RecordScope> scopeOf(String id) {
    return RecordScopeSource.uuidOf(id)
        .flatMap(reportId -> store.find(reportId))
        .map(report -> scopes.of(report, latestGravity(store.registrations(report.id()))));
  }

  private static String latestGravity(List<Registration> registrations) {
    return registrations.isEmpty() ? null : registrations.get(registrations.size() - 1).gravity();
  }
}
