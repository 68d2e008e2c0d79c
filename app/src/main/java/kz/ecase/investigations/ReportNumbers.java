package kz.ecase.investigations;

import java.util.Optional;
import kz.ecase.identity.RecordNumbers;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import org.springframework.stereotype.Component;

/** A crime report's КУИ number for pages that list records by key ({@code report/<id>}). */
@Component
class ReportNumbers implements RecordNumbers {

  private final ReportStore store;

  ReportNumbers(ReportStore store) {
    this.store = store;
  }

  @Override
  public String recordType() {
    return "report";
  }

  @Override
  public Optional<String> numberOf(String id) {
    return RecordNumbers.uuidOf(id).flatMap(store::find).map(StoredReport::kuiNumber);
  }
}
