package kz.ecase.signing;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;
import kz.ecase.documents.CheckToken;
import kz.ecase.documents.DocumentHash;
import kz.ecase.documents.Documents;
import kz.ecase.documents.DocumentsProperties;
import kz.ecase.documents.IssuedDocument;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Directory;
import kz.ecase.ledger.Inclusions;
import kz.ecase.ledger.Inclusions.Inclusion;
import kz.ecase.signing.DocumentCheck.SignatureState;
import kz.ecase.signing.DocumentCheck.Verdict;
import org.springframework.stereotype.Service;

/**
 * The public check of an issued document, for anyone (no sign-in): by the token of its QR code, by
 * its SHA-256, or by its bytes. The stored PDF's bytes must hash to its name, its stored CMS
 * signature must verify against the trust anchors (as {@link Signatures#verify} checks it), and the
 * ledger entry of its signing, which carries the document's SHA-256 ({@code document/<sha256>}'s
 * own, or the entry of the act it was signed for, {@link Signature#ledgerRecord()}), must be proven
 * in the latest signed checkpoint. Each check reads a handful of rows by key; a rate limit keeps
 * anonymous callers from taking the server's time, and nothing of a check is audited (it reveals no
 * personal data).
 */
@Service
public class DocumentChecks {

  private final Documents documents;
  private final Signatures signatures;
  private final Inclusions inclusions;
  private final Directory directory;
  private final RateLimiter limit;

  DocumentChecks(
      Documents documents,
      Signatures signatures,
      Inclusions inclusions,
      Directory directory,
      DocumentsProperties properties) {
    this.documents = documents;
    this.signatures = signatures;
    this.inclusions = inclusions;
    this.directory = directory;
    this.limit =
        RateLimiter.of(
            "document-checks",
            RateLimiterConfig.custom()
                .limitForPeriod(properties.checksPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
  }

  /**
   * The document whose QR code carries the token.
   *
   * @throws TooManyChecksException when the checks of this second are spent
   */
  public DocumentCheck byToken(String token) {
    admit();
    if (!CheckToken.isValid(token)) {
      return DocumentCheck.unknown(null);
    }
    List<IssuedDocument> issued = documents.issuedWith(new CheckToken(token));
    return issued.isEmpty() ? DocumentCheck.unknown(null) : check(issued.get(0));
  }

  /**
   * The document with this SHA-256 (64 lower-case hex digits).
   *
   * @throws TooManyChecksException when the checks of this second are spent
   */
  public DocumentCheck bySha256(String sha256) {
    admit();
    return documents.issued(sha256).map(this::check).orElseGet(() -> DocumentCheck.unknown(sha256));
  }

  /**
   * The document with exactly these bytes (a file a holder has).
   *
   * @throws TooManyChecksException when the checks of this second are spent
   */
  public DocumentCheck byBytes(byte[] bytes) {
    return bySha256(DocumentHash.sha256(bytes));
  }

  private void admit() {
    if (!limit.acquirePermission()) {
      throw new TooManyChecksException();
    }
  }

  private DocumentCheck check(IssuedDocument issued) {
    Directory.Unit unit = directory.unit(issued.unit()).orElse(null);
    StoredDocument stored = documents.find(issued.sha256()).orElse(null);
    if (stored == null || !DocumentHash.sha256(stored.bytes()).equals(issued.sha256())) {
      return new DocumentCheck(
          Verdict.NOT_GENUINE, issued.sha256(), issued, unit, SignatureState.INVALID, null);
    }
    Signature signed = signatures.latest(issued.sha256()).orElse(null);
    if (signed == null) {
      return new DocumentCheck(
          Verdict.UNKNOWN, issued.sha256(), issued, unit, SignatureState.UNSIGNED, null);
    }
    SignatureState signature =
        signatures.verify(stored.bytes(), signed.cms(), signed.createdAt()).valid()
            ? SignatureState.VALID
            : SignatureState.INVALID;
    // the entry of the signing act: its own (document/<sha256>) or its act's (e.g. protocol/<id>)
    Inclusion ledger = inclusions.ofAttachment(signed.ledgerRecord(), issued.sha256());
    return new DocumentCheck(
        verdict(signature, ledger), issued.sha256(), issued, unit, signature, ledger);
  }

  private static Verdict verdict(SignatureState signature, Inclusion ledger) {
    if (signature != SignatureState.VALID || ledger.status() == Inclusions.Status.BROKEN) {
      return Verdict.NOT_GENUINE;
    }
    return ledger.status() == Inclusions.Status.INCLUDED ? Verdict.GENUINE : Verdict.PENDING;
  }
}
