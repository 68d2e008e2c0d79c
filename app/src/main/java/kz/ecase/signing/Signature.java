package kz.ecase.signing;

import java.time.Instant;
import java.util.List;
import kz.ecase.ledger.RecordRef;

/**
 * A document's detached CMS signature as it stands after a signing act: version 1 is the author's,
 * each co-signature makes the next version with one more signer.
 *
 * @param cms the SignedData, DER ({@code .p7s})
 * @param sha256 the SHA-256 of {@code cms}, as recorded in the ledger
 * @param ledgerRecord the record whose ledger entry carries this signing act: {@code
 *     document/<sha256>} for an act with an entry of its own ({@code signing.DocumentSigned} or
 *     {@code DocumentCosigned}), or the act's record (e.g. {@code protocol/<id>}) when its business
 *     entry carries the document and this signature as attachments
 */
public record Signature(
    String documentSha256,
    int version,
    byte[] cms,
    String sha256,
    Instant createdAt,
    List<Signer> signers,
    RecordRef ledgerRecord) {

  public Signature {
    signers = List.copyOf(signers);
  }
}
