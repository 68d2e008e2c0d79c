package kz.ecase.offences;

import java.util.Optional;
import kz.ecase.identity.RecordNumbers;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.springframework.stereotype.Component;

/** A protocol's number for pages that list records by key ({@code protocol/<id>}). */
@Component
class ProtocolNumbers implements RecordNumbers {

  private final ProtocolStore store;

  ProtocolNumbers(ProtocolStore store) {
    this.store = store;
  }

  @Override
  public String recordType() {
    return "protocol";
  }

  @Override
  public Optional<String> numberOf(String id) {
    return RecordNumbers.uuidOf(id).flatMap(store::find).map(StoredProtocol::number);
  }
}
