package kz.ecase.documents;

import java.util.Optional;
import kz.ecase.identity.RecordNumbers;
import org.springframework.stereotype.Component;

/**
 * For pages that list records by key ({@code document/<sha256>}): the number of the document, or of
 * the record it belongs to (a protocol's number for its acts, a case's for its documents).
 */
@Component
class DocumentNumbers implements RecordNumbers {

  private final Documents documents;

  DocumentNumbers(Documents documents) {
    this.documents = documents;
  }

  @Override
  public String recordType() {
    return "document";
  }

  @Override
  public Optional<String> numberOf(String id) {
    return documents.issued(id).map(IssuedDocument::facts).map(DocumentFacts::number);
  }
}
