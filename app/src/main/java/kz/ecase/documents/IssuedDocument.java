package kz.ecase.documents;

import java.time.Instant;
import kz.ecase.kernel.UnitCode;

/**
 * A document ecase issued with a QR code to check it by: what its check may tell anyone.
 *
 * @param sha256 the SHA-256 of the PDF as stored
 * @param token the verification id its QR code carries
 * @param unit the issuing unit
 * @param issuedAt the document's date
 */
public record IssuedDocument(
    String sha256, CheckToken token, DocumentFacts facts, UnitCode unit, Instant issuedAt) {}
