package kz.ecase.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import kz.ecase.documents.persistence.DocumentStore;
import kz.ecase.documents.rendering.PdfRenderer;
import kz.ecase.identity.RecordScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders procedural documents and stores documents by hash. The same template, model and time
 * always give the same bytes, and so the same SHA-256.
 */
@Service
public class Documents {

  private final PdfRenderer renderer;
  private final DocumentStore store;
  private final Clock clock;

  Documents(PdfRenderer renderer, DocumentStore store, Clock clock) {
    this.renderer = renderer;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Renders the template {@code documents/templates/<template>.html} with the model to PDF and
   * stores it.
   *
   * @param scope the unit that owns the document and its subject, if any: who may read it
   * @param issuedAt the document's date: the PDF's creation and modification date
   */
  @Transactional
  public StoredDocument render(
      String template, Map<String, ?> model, RecordScope scope, Instant issuedAt) {
    return store(StoredDocument.PDF, renderer.render(template, model, issuedAt), scope);
  }

  /**
   * Stores bytes under their SHA-256; storing the same bytes again keeps the first row (and so its
   * scope).
   */
  @Transactional
  public StoredDocument store(String mediaType, byte[] bytes, RecordScope scope) {
    String sha256 = DocumentHash.sha256(bytes);
    store.insertIfAbsent(sha256, mediaType, bytes, scope, clock.instant());
    return store.find(sha256).orElseThrow();
  }

  /** The stored document with this SHA-256 (lower-case hex), whoever may read it. */
  public Optional<StoredDocument> find(String sha256) {
    return DocumentHash.isValid(sha256) ? store.find(sha256) : Optional.empty();
  }
}
