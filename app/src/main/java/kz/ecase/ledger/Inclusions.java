package kz.ecase.ledger;

import java.util.Optional;
import kz.ecase.ledger.persistence.Checkpoints;
import kz.ecase.ledger.persistence.Checkpoints.StoredCheckpoint;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.LedgerEntries.StoredEntry;
import kz.ecase.ledger.tree.CheckpointKey;
import kz.ecase.ledger.tree.CheckpointPublisher;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.InclusionProof;
import kz.ecase.merkle.NoteException;
import kz.ecase.merkle.ProofException;
import kz.ecase.platform.database.ReplicaReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a document is in the ledger: the record's entry that carries it as an attachment, proven
 * included in the tree of the latest signed checkpoint as stored (its signature checked with the
 * checkpoint key, the entry's bytes hashed to its leaf, the audit path led to the root). Reads the
 * record's entries by its key and the proof's subtrees, never the whole ledger; signs nothing.
 */
@Service
public class Inclusions {

  /** What the ledger says of a document. */
  public enum Status {
    /** An entry carries it and is proven included in the latest signed checkpoint. */
    INCLUDED,
    /** No entry under the latest checkpoint carries it (yet: the next checkpoint may). */
    NOT_INCLUDED,
    /** An entry carries it but its proof fails: the stored ledger has been tampered with. */
    BROKEN
  }

  /**
   * @param index the entry's index, when one carries the document
   * @param treeSize the size of the signed checkpoint the proof leads to
   */
  public record Inclusion(Status status, Long index, long treeSize) {}

  private final Checkpoints checkpoints;
  private final CheckpointPublisher tree;
  private final CheckpointKey key;
  private final LedgerEntries entries;
  private final JsonMapper json;
  private final ReplicaReads reads;

  Inclusions(
      ReplicaReads reads,
      Checkpoints checkpoints,
      CheckpointPublisher tree,
      CheckpointKey key,
      LedgerEntries entries,
      JsonMapper json) {
    this.reads = reads;
    this.checkpoints = checkpoints;
    this.tree = tree;
    this.key = key;
    this.entries = entries;
    this.json = json;
  }

  /** Whether an entry of {@code record} carrying the attachment {@code sha256} is proven in. */
  public Inclusion ofAttachment(RecordRef record, String sha256) {
    // the read replica's checkpoint, entries and subtrees when it may serve (documents are checked
    // by anyone, often): it has every entry and subtree under the checkpoint it has
    return reads.read(db -> ofAttachment(db, record, sha256));
  }

  private Inclusion ofAttachment(JdbcClient db, RecordRef record, String sha256) {
    Optional<StoredCheckpoint> latest = checkpoints.latest(db);
    if (latest.isEmpty()) {
      return new Inclusion(Status.NOT_INCLUDED, null, 0);
    }
    long size = latest.get().treeSize();
    Optional<StoredEntry> carrying =
        entries.ofRecord(db, record.key()).stream()
            .filter(entry -> entry.idx() < size && carries(entry, sha256))
            .findFirst();
    if (carrying.isEmpty()) {
      return new Inclusion(Status.NOT_INCLUDED, null, size);
    }
    StoredEntry entry = carrying.get();
    return new Inclusion(
        proven(db, entry, latest.get()) ? Status.INCLUDED : Status.BROKEN, entry.idx(), size);
  }

  private boolean proven(JdbcClient db, StoredEntry entry, StoredCheckpoint stored) {
    try {
      Checkpoint checkpoint = key.signer().verifier().verifyCheckpoint(stored.signedNote());
      if (checkpoint.size() != stored.treeSize()) {
        return false;
      }
      InclusionProof proof =
          tree.withTree(
              db, checkpoint.size(), t -> t.inclusionProof(entry.idx(), checkpoint.size()));
      Hash leaf = Hash.leaf(entry.entry());
      proof.verify(leaf, checkpoint);
      return leaf.equals(new Hash(entry.leafHash()));
    } catch (NoteException | ProofException e) {
      return false;
    }
  }

  private boolean carries(StoredEntry entry, String sha256) {
    for (JsonNode attachment : json.readTree(entry.entry()).path("attachments")) {
      if (sha256.equals(attachment.path("sha256").asString(""))) {
        return true;
      }
    }
    return false;
  }
}
