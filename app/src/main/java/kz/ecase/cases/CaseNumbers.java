package kz.ecase.cases;

import java.util.Optional;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.identity.RecordNumbers;
import org.springframework.stereotype.Component;

/** A criminal case's ЕРДР number for pages that list records by key ({@code case/<id>}). */
@Component
class CaseNumbers implements RecordNumbers {

  private final CaseStore store;

  CaseNumbers(CaseStore store) {
    this.store = store;
  }

  @Override
  public String recordType() {
    return "case";
  }

  @Override
  public Optional<String> numberOf(String id) {
    return RecordNumbers.uuidOf(id).flatMap(store::find).map(StoredCase::erdrNumber);
  }
}
