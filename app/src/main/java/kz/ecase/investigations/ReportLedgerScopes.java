package kz.ecase.investigations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    UUID reportId;
    try {
      reportId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return store
        .find(reportId)
        .map(
            report -> {
              List<Registration> registrations = store.registrations(reportId);
              String gravity =
                  registrations.isEmpty()
                      ? null
                      : registrations.get(registrations.size() - 1).gravity();
              return scopes.of(report, gravity);
            });
  }
}
