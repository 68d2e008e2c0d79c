package kz.ecase.ledger;

import java.util.List;

/**
 * Everything needed to check a record's history offline (format 1, docs/ledger.md): the record's
 * entries, each with its bytes, leaf hash and inclusion proof to a signed checkpoint (base64), and
 * the checkpoint key as a signed-note verifier key (for information: a checker trusts a key it got
 * independently, never this one). The verifier's {@code check-bundle} checks it.
 *
 * @param format 1
 * @param record the record's key, {@code type/id}
 * @param verifierKey the checkpoint key as ecase published it
 * @param checkpoint the signed checkpoint (C2SP signed note) every proof leads to
 * @param entries the record's entries up to the checkpoint, oldest first
 */
public record LedgerBundle(
    int format, String record, String verifierKey, String checkpoint, List<Entry> entries) {

  public LedgerBundle {
    entries = List.copyOf(entries);
  }

  /** An entry of a bundle with its inclusion proof to the bundle's checkpoint. */
  public record Entry(long index, String entry, String leafHash, List<String> inclusionProof) {

    public Entry {
      inclusionProof = List.copyOf(inclusionProof);
    }
  }
}
