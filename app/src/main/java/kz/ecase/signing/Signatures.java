package kz.ecase.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.documents.DocumentHash;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.CmsMerge;
import kz.ecase.signing.crypto.CmsSigner;
import kz.ecase.signing.crypto.CmsVerifier;
import kz.ecase.signing.crypto.Names;
import kz.ecase.signing.crypto.Pkcs12Keys;
import kz.ecase.signing.persistence.DocumentSignatureStore;
import kz.ecase.signing.persistence.DocumentSignatureStore.StoredSignature;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs stored documents with users' keys, accepts signatures made elsewhere, and checks them.
 * Every signing act is in the ledger: in an entry of its own ({@code signing.DocumentSigned} for
 * the author, {@code signing.DocumentCosigned} for each further signer) of the record {@code
 * document/<sha256>} that carries the SHA-256 of the document and of the signature as it stands
 * after the act; or, for the author's signature of an act whose own ledger entry in the same
 * transaction carries both (a protocol's registration), in that entry, whose record the signature
 * names ({@link Signature#ledgerRecord()}) for the document's public check.
 *
 * <p>Who may sign: a user whose role may edit records or review their legality, within the
 * document's jurisdiction (others get 403, or 404 outside their jurisdiction).
 */
@Service
public class Signatures {

  private final Documents documents;
  private final DocumentSignatureStore store;
  private final SigningKeys keys;
  private final SigningAuthority authority;
  private final Authorization authorization;
  private final Ledger ledger;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Signatures(
      Documents documents,
      DocumentSignatureStore store,
      SigningKeys keys,
      SigningAuthority authority,
      Authorization authorization,
      Ledger ledger,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.documents = documents;
    this.store = store;
    this.keys = keys;
    this.authority = authority;
    this.authorization = authorization;
    this.ledger = ledger;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactions);
  }

  /**
   * Opens the user's signing key with their PIN (a wrong PIN counts, in a transaction of its own).
   * Call it before the act's transaction, then sign with {@link #sign(CurrentUser, UnlockedKey,
   * String)} inside it.
   */
  public UnlockedKey unlock(CurrentUser user, String pin) {
    return new UnlockedKey(user.username(), keys.open(user.username(), pin));
  }

  /**
   * The author's signature of an unsigned document, with their key opened by the PIN before the
   * signature's transaction.
   */
  public Signature sign(CurrentUser user, String pin, String documentSha256) {
    requireUnsigned(signable(user, documentSha256));
    UnlockedKey key = unlock(user, pin);
    return transactions.execute(status -> sign(user, key, documentSha256));
  }

  /** The author's signature of an unsigned document, with the user's unlocked key. */
  @Transactional
  public Signature sign(CurrentUser user, UnlockedKey unlocked, String documentSha256) {
    requireOwnKey(user, unlocked);
    return signUnsigned(user, unlocked, signable(user, documentSha256), null);
  }

  /**
   * The author's signature of a document the caller has just stored ({@code Documents#store} or
   * {@code #lay} in the same transaction), signed from the bytes in hand instead of reading them
   * back: the bytes must match the SHA-256 the document is stored under.
   */
  @Transactional
  public Signature sign(CurrentUser user, UnlockedKey unlocked, StoredDocument document) {
    requireOwnKey(user, unlocked);
    if (!DocumentHash.sha256(document.bytes()).equals(document.sha256())) {
      throw new IllegalArgumentException("The document's bytes do not match its SHA-256");
    }
    requireMaySign(user, document.scope());
    return signUnsigned(user, unlocked, document, null);
  }

  /**
   * The author's signature of a document the caller has just stored, as {@link #sign(CurrentUser,
   * UnlockedKey, StoredDocument)}, for an act whose own ledger entry the caller records in this
   * transaction under {@code entry}, with the document's SHA-256 and the signature's ({@link
   * Signature#sha256()}) among its attachments: the signing act gets no entry of its own (one
   * ledger entry per act, not two), and the document's public check looks for the document among
   * {@code entry}'s entries. An entry that does not carry the document leaves its check short of
   * "genuine", never the other way round.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Signature sign(
      CurrentUser user, UnlockedKey unlocked, StoredDocument document, RecordRef entry) {
    if (entry == null) {
      throw new IllegalArgumentException("The record whose entry carries the act is required");
    }
    requireOwnKey(user, unlocked);
    if (!DocumentHash.sha256(document.bytes()).equals(document.sha256())) {
      throw new IllegalArgumentException("The document's bytes do not match its SHA-256");
    }
    requireMaySign(user, document.scope());
    return signUnsigned(user, unlocked, document, entry);
  }

  /**
   * Version 1 of the document's signature. Whether it is signed already is not read first: the
   * primary key (document, version) refuses a second version 1 ({@link SigningConflictException}).
   */
  private Signature signUnsigned(
      CurrentUser user, UnlockedKey unlocked, StoredDocument document, RecordRef entry) {
    Pkcs12Keys.Opened key = unlocked.opened();
    Instant signedAt = clock.instant();
    byte[] cms =
        CmsSigner.sign(document.bytes(), authority.algorithm(), key.key(), key.chain(), signedAt);
    Signer signer = CmsSigner.signerOf(key.certificate(), signedAt);
    StoredSignature stored = keep(user, document, 1, cms, signer, false, entry);
    return signature(stored, List.of(signer));
  }

  /**
   * A detached CMS signature (CAdES-BES, as for documents) of an act that is not a stored document,
   * such as an administrator's change to an account, with the user's unlocked key. The caller keeps
   * the act and the signature and records them in the ledger.
   */
  public byte[] signAct(CurrentUser user, UnlockedKey unlocked, byte[] act) {
    requireOwnKey(user, unlocked);
    Pkcs12Keys.Opened key = unlocked.opened();
    return CmsSigner.sign(act, authority.algorithm(), key.key(), key.chain(), clock.instant());
  }

  /**
   * One more signer (an approval) of a signed document, with their key opened by the PIN before the
   * signature's transaction.
   */
  public Signature cosign(CurrentUser user, String pin, String documentSha256) {
    requireCosignable(signable(user, documentSha256));
    UnlockedKey key = unlock(user, pin);
    return transactions.execute(status -> cosign(user, key, documentSha256));
  }

  /**
   * One more signer (an approval) of a signed document, with the user's key unlocked before the
   * act's transaction ({@link #unlock}).
   */
  @Transactional
  public Signature cosign(CurrentUser user, UnlockedKey unlocked, String documentSha256) {
    requireOwnKey(user, unlocked);
    StoredDocument document = signable(user, documentSha256);
    StoredSignature existing = requireCosignable(document);
    Pkcs12Keys.Opened key = unlocked.opened();
    requireNewSigner(existing.cms(), key.certificate());
    byte[] cms =
        CmsSigner.cosign(
            existing.cms(),
            document.bytes(),
            authority.algorithm(),
            key.key(),
            key.chain(),
            clock.instant());
    return signature(keep(user, document, existing.version() + 1, cms, key.certificate(), false));
  }

  private static void requireOwnKey(CurrentUser user, UnlockedKey unlocked) {
    if (!unlocked.username().equals(user.username())) {
      throw new IllegalArgumentException("A key signs for its own user only");
    }
  }

  private StoredSignature requireCosignable(StoredDocument document) {
    return store
        .latest(document.sha256())
        .orElseThrow(
            () -> new SigningConflictException("The document is not signed yet by its author"));
  }

  /**
   * Signs or co-signs, whichever the document needs: the author's signature when it has none, a
   * co-signature otherwise.
   */
  public Signature signOrCosign(CurrentUser user, String pin, String documentSha256) {
    return store.latest(documentSha256).isPresent()
        ? cosign(user, pin, documentSha256)
        : sign(user, pin, documentSha256);
  }

  /**
   * Accepts a detached CMS signature over the document made outside ecase (a national PKI token,
   * another signing tool). Each of its signers must verify now: signature over the document's
   * bytes, chain to a trust anchor, validity, key usage, revocation. Its signers are added to the
   * document's signature.
   */
  @Transactional
  public Signature addExternal(CurrentUser user, String documentSha256, byte[] cms) {
    StoredDocument document = signable(user, documentSha256);
    Instant now = clock.instant();
    Verification verification = verifier().verify(document.bytes(), cms, now);
    if (!verification.valid()) {
      throw new SignatureRejectedException(verification.allProblems());
    }
    Optional<StoredSignature> existing = store.latest(document.sha256());
    byte[] merged;
    try {
      merged = existing.isEmpty() ? cms : CmsMerge.merge(existing.get().cms(), cms);
    } catch (IllegalArgumentException e) {
      throw new SigningConflictException(e.getMessage());
    }
    X509Certificate signer = CmsMerge.firstSignerCertificate(cms);
    return signature(
        keep(
            user,
            document,
            existing.map(StoredSignature::version).orElse(0) + 1,
            merged,
            signer,
            true));
  }

  /** The document's signature as it stands now; the caller decides who may see it. */
  public Optional<Signature> latest(String documentSha256) {
    if (!DocumentHash.isValid(documentSha256)) {
      return Optional.empty();
    }
    return store.latest(documentSha256).map(Signatures::signature);
  }

  /**
   * Checks the document's stored signature over its bytes, each signer as of the time ecase
   * received their part (the version's time: a certificate that expired since then does not make it
   * invalid).
   */
  public Verification verify(String documentSha256) {
    StoredDocument document =
        documents.find(documentSha256).orElseThrow(() -> new NotFoundException("No such document"));
    StoredSignature signature =
        store
            .latest(documentSha256)
            .orElseThrow(() -> new NotFoundException("The document is not signed"));
    return verify(document.bytes(), signature.cms(), signature.createdAt());
  }

  /** Checks a detached CMS signature over {@code content} as of {@code at}. */
  public Verification verify(byte[] content, byte[] cms, Instant at) {
    return verifier().verify(content, cms, at);
  }

  private CmsVerifier verifier() {
    return authority.verifier(keys::revokedAt);
  }

  private StoredDocument signable(CurrentUser user, String documentSha256) {
    StoredDocument document =
        documents.find(documentSha256).orElseThrow(() -> new NotFoundException("No such document"));
    requireMaySign(user, document.scope());
    return document;
  }

  private void requireMaySign(CurrentUser user, RecordScope scope) {
    AccessDecision edit = authorization.decide(user, Action.EDIT_RECORD, scope);
    AccessDecision review = authorization.decide(user, Action.REVIEW_LEGALITY, scope);
    if (edit == AccessDecision.PERMITTED || review == AccessDecision.PERMITTED) {
      return;
    }
    if (edit == AccessDecision.HIDDEN
        || review == AccessDecision.HIDDEN
        || authorization.decide(user, Action.VIEW_RECORD, scope) == AccessDecision.HIDDEN) {
      throw new NotFoundException("No such document");
    }
    throw new AccessDeniedException("Role does not allow signing");
  }

  private void requireUnsigned(StoredDocument document) {
    if (store.latest(document.sha256()).isPresent()) {
      throw new SigningConflictException("The document is signed already: co-sign it");
    }
  }

  private static void requireNewSigner(byte[] cms, X509Certificate certificate) {
    String serial = certificate.getSerialNumber().toString(16);
    String issuer = Names.of(certificate.getIssuerX500Principal());
    if (CmsVerifier.signersOf(cms).stream()
        .anyMatch(s -> s.serial().equals(serial) && s.issuer().equals(issuer))) {
      throw new SigningConflictException("You have signed this document already");
    }
  }

  private StoredSignature keep(
      CurrentUser user,
      StoredDocument document,
      int version,
      byte[] cms,
      X509Certificate certificate,
      boolean external) {
    return keep(
        user, document, version, cms, CmsSigner.signerOf(certificate, null), external, null);
  }

  /**
   * Stores the signature's new version and records the act in the ledger: in an entry of its own,
   * or, when {@code entry} is given, in the entry of that record the caller writes.
   */
  private StoredSignature keep(
      CurrentUser user,
      StoredDocument document,
      int version,
      byte[] cms,
      Signer signer,
      boolean external,
      RecordRef entry) {
    Instant now = clock.instant();
    StoredSignature stored =
        new StoredSignature(
            document.sha256(),
            version,
            cms,
            DocumentHash.sha256(cms),
            now,
            entry == null ? null : entry.key());
    String subject = signer.subject();
    String serial = signer.serial();
    try {
      store.add(stored, subject, serial);
    } catch (DuplicateKeyException e) {
      throw new SigningConflictException(
          version == 1
              ? "The document is signed already, or was at the same moment: co-sign it"
              : "Someone else signed the document at the same moment: sign again");
    }
    if (entry != null) {
      return stored;
    }
    ledger.record(
        new LedgerEvent(
            version == 1 ? "signing.DocumentSigned" : "signing.DocumentCosigned",
            new RecordRef("document", document.sha256()),
            user.username(),
            document.scope().unit(),
            document.scope().subject(),
            now,
            Map.of(
                "version", version,
                "signer", subject,
                "certificate", serial,
                "issuer", signer.issuer(),
                "external", external),
            List.of(
                new Attachment(document.fileName(), document.sha256()),
                new Attachment("signature-v" + version + ".p7s", stored.cmsSha256()))));
    return stored;
  }

  private static Signature signature(StoredSignature stored) {
    return signature(stored, CmsVerifier.signersOf(stored.cms()));
  }

  /** The stored signature with its signers (read from the CMS, or known to whoever made it). */
  private static Signature signature(StoredSignature stored, List<Signer> signers) {
    return new Signature(
        stored.documentSha256(),
        stored.version(),
        stored.cms(),
        stored.cmsSha256(),
        stored.createdAt(),
        new ArrayList<>(signers),
        stored.ledgerRecord() == null
            ? new RecordRef("document", stored.documentSha256())
            : RecordRef.ofKey(stored.ledgerRecord()));
  }
}
