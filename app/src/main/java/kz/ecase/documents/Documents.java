package kz.ecase.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.documents.persistence.DocumentCheckStore;
import kz.ecase.documents.persistence.DocumentStore;
import kz.ecase.documents.rendering.LayoutRenderer;
import kz.ecase.documents.rendering.PdfRenderer;
import kz.ecase.identity.RecordScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders procedural documents and stores documents by hash. The same template, model and time
 * always give the same bytes, and so the same SHA-256. Every rendered document carries a QR code
 * leading to its public check ({@code /check/<token>}), and the facts that check may show.
 */
@Service
public class Documents {

  /** The model variable of the QR code block ({@code documents/templates/check.html}). */
  static final String CHECK = "check";

  /** Pixels of the QR code's image (drawn 24 mm wide: about 4 pixels per module at 200 dpi). */
  private static final int QR_PIXELS = 200;

  /** The QR code block of a document: the check page's address and its QR code. */
  public record CheckMark(String url, String qr) {}

  private final PdfRenderer renderer;
  private final LayoutRenderer layouts;
  private final DocumentStore store;
  private final DocumentCheckStore checks;
  private final DocumentsProperties properties;
  private final Clock clock;

  Documents(
      PdfRenderer renderer,
      LayoutRenderer layouts,
      DocumentStore store,
      DocumentCheckStore checks,
      DocumentsProperties properties,
      Clock clock) {
    this.renderer = renderer;
    this.layouts = layouts;
    this.store = store;
    this.checks = checks;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Renders the template {@code documents/templates/<template>.html} with the model to PDF, with
   * the QR code of its check, and stores it with the facts its check shows. The QR code names a
   * token derived from the page without it (the PDF cannot name its own hash): the same input gives
   * the same token and the same bytes.
   *
   * @param scope the unit that owns the document and its subject, if any: who may read it
   * @param issuedAt the document's date: the PDF's creation and modification date
   * @param facts what anyone who checks the document may learn about it
   */
  @Transactional
  public StoredDocument render(
      String template,
      Map<String, ?> model,
      RecordScope scope,
      Instant issuedAt,
      DocumentFacts facts) {
    CheckToken token = CheckToken.of(renderer.page(template, model, issuedAt), issuedAt);
    String url = properties.checkUrl(token);
    Map<String, Object> marked = new HashMap<>(model);
    marked.put(CHECK, new CheckMark(url, QrCode.pngDataUri(url, QR_PIXELS)));
    return issue(renderer.render(template, marked, issuedAt), scope, issuedAt, token, facts);
  }

  /**
   * Draws the laid-out document to PDF with its check block (the QR code of its check and the
   * address beside it, in the document's language) where the layout marks it ({@link
   * DocumentLayout.Qr#checkCode()}) or else at the end, and stores it with the facts its check
   * shows. The QR code names a token derived from the layout's content without it and the issue
   * time: the same input gives the same token and the same bytes.
   *
   * @param scope the unit that owns the document and its subject, if any: who may read it
   * @param issuedAt the document's date: the PDF's creation and modification date
   * @param facts what anyone who checks the document may learn about it
   */
  @Transactional
  public StoredDocument lay(
      DocumentLayout layout, RecordScope scope, Instant issuedAt, DocumentFacts facts) {
    CheckToken token = CheckToken.of(layout.content(), issuedAt);
    String url = properties.checkUrl(token);
    byte[] pdf = layouts.render(layout.withCheckCode(checkBlock(layout.language(), url)), issuedAt);
    return issue(pdf, scope, issuedAt, token, facts);
  }

  /** Stores the PDF as {@link #store} does, with the facts its check shows. */
  private StoredDocument issue(
      byte[] pdf, RecordScope scope, Instant issuedAt, CheckToken token, DocumentFacts facts) {
    String sha256 = DocumentHash.sha256(pdf);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    IssuedDocument issued = new IssuedDocument(sha256, token, facts, scope.unit(), issuedAt);
    if (store.insertIssuedIfAbsent(StoredDocument.PDF, pdf, scope, now, issued) == 1) {
      return new StoredDocument(sha256, StoredDocument.PDF, pdf, scope, now);
    }
    return store.find(sha256).orElseThrow();
  }

  private static DocumentLayout.Qr checkBlock(String language, String url) {
    return new DocumentLayout.Qr(
        url,
        "kk".equals(language)
            ? List.of(
                "Түпнұсқалығын тексеру: кодты сканерлеңіз немесе ашыңыз",
                url,
                "Электрондық цифрлық қолтаңбамен қол қойылған (.p7s).")
            : List.of(
                "Проверить подлинность: отсканируйте код или откройте",
                url,
                "Подписан электронной цифровой подписью (.p7s)."));
  }

  /**
   * Stores bytes under their SHA-256; storing the same bytes again keeps the first row (and so its
   * scope).
   */
  @Transactional
  public StoredDocument store(String mediaType, byte[] bytes, RecordScope scope) {
    String sha256 = DocumentHash.sha256(bytes);
    // the database keeps microseconds: the stored row's time, without reading the bytes back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (store.insertIfAbsent(sha256, mediaType, bytes, scope, now) == 1) {
      return new StoredDocument(sha256, mediaType, bytes, scope, now);
    }
    return store.find(sha256).orElseThrow();
  }

  /** The issued document with this SHA-256, as its check may show it to anyone. */
  public Optional<IssuedDocument> issued(String sha256) {
    return DocumentHash.isValid(sha256) ? checks.bySha256(sha256) : Optional.empty();
  }

  /** The issued documents whose QR code carries this token (one, but for a re-issue). */
  public List<IssuedDocument> issuedWith(CheckToken token) {
    return checks.byToken(token);
  }

  /** The stored document with this SHA-256 (lower-case hex), whoever may read it. */
  public Optional<StoredDocument> find(String sha256) {
    return DocumentHash.isValid(sha256) ? store.find(sha256) : Optional.empty();
  }
}
