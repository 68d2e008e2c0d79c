package kz.ecase.signing;

import kz.ecase.documents.IssuedDocument;
import kz.ecase.identity.Directory;
import kz.ecase.ledger.Inclusions.Inclusion;

/**
 * What the public check of a document found: only what may be shown to anyone (kind, number, date,
 * issuing unit, and whether the signature and the ledger inclusion verify), no personal data.
 *
 * @param sha256 the SHA-256 checked; null when a QR code's token names no document
 * @param issued the document's public facts; null when ecase issued no document with this hash
 * @param unit the issuing unit; null when unknown
 * @param signature the state of its signature; null when ecase issued no such document
 * @param ledger its entry in the ledger; null when ecase issued no such document or it is unsigned
 */
public record DocumentCheck(
    Verdict verdict,
    String sha256,
    IssuedDocument issued,
    Directory.Unit unit,
    SignatureState signature,
    Inclusion ledger) {

  /** The answer of a check. */
  public enum Verdict {
    /** Stored as issued, its signature verifies and its ledger entry is proven included. */
    GENUINE,
    /** Signature verifies; its ledger entry is not yet in a signed checkpoint (seconds). */
    PENDING,
    /** ecase issued it, but its bytes, signature or ledger entry do not verify. */
    NOT_GENUINE,
    /** ecase issued no document with these bytes (or it carries no signature to check). */
    UNKNOWN
  }

  /** The document's signature as the check found it. */
  public enum SignatureState {
    VALID,
    INVALID,
    UNSIGNED
  }

  static DocumentCheck unknown(String sha256) {
    return new DocumentCheck(Verdict.UNKNOWN, sha256, null, null, null, null);
  }
}
