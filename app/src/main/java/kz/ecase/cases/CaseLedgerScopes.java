package kz.ecase.cases;

import java.util.Optional;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.identity.RecordScope;
import kz.ecase.ledger.RecordScopeSource;
import org.springframework.stereotype.Component;

/**
 * Who may read a case's ledger entries and bundle: whoever may read the case (its team for a grave
 * crime, the defence lawyers admitted to it), not merely its unit.
 */
@Component
class CaseLedgerScopes implements RecordScopeSource {

  private final CaseStore store;
  private final CaseRecords records;

  CaseLedgerScopes(CaseStore store, CaseRecords records) {
    this.store = store;
    this.records = records;
  }

  @Override
  public String recordType() {
    return "case";
  }

  @Override
  public Optional<RecordScope> scopeOf(String id) {
    return RecordScopeSource.uuidOf(id)
        .flatMap(
            caseId ->
                store.find(caseId).map(c -> records.load(caseId, store.steps(caseId)).scope()));
  }
}
