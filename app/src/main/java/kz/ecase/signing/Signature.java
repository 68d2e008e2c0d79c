package kz.ecase.signing;

import java.time.Instant;
import java.util.List;

/**
 * A document's detached CMS signature as it stands after a signing act: version 1 is the author's,
 * each co-signature makes the next version with one more signer.
 *
 * @param cms the SignedData, DER ({@code .p7s})
 * @param sha256 the SHA-256 of {@code cms}, as recorded in the ledger
 */
public record Signature(
    String documentSha256,
    int version,
    byte[] cms,
    String sha256,
    Instant createdAt,
    List<Signer> signers) {

  public Signature {
    signers = List.copyOf(signers);
  }
}
