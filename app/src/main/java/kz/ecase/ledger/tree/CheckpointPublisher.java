package kz.ecase.ledger.tree;

import kz.ecase.ledger.LedgerProperties;
import kz.ecase.ledger.persistence.Checkpoints;
import kz.ecase.ledger.persistence.Checkpoints.StoredCheckpoint;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.TreeNodes;
import kz.ecase.merkle.Checkpoint;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.MerkleTree;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a checkpoint of the tree every few seconds while entries arrive, and on demand; each one is
 * stored, so that earlier ones stay available for consistency proofs.
 */
@Component
public class CheckpointPublisher {

  private final LedgerEntries entries;
  private final TreeNodes nodes;
  private final Checkpoints checkpoints;
  private final CheckpointKey key;
  private final LedgerProperties properties;

  CheckpointPublisher(
      LedgerEntries entries,
      TreeNodes nodes,
      Checkpoints checkpoints,
      CheckpointKey key,
      LedgerProperties properties) {
    this.entries = entries;
    this.nodes = nodes;
    this.checkpoints = checkpoints;
    this.key = key;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${ecase.ledger.checkpoint-interval:2s}")
  void publishPeriodically() {
    latest();
  }

  /** A checkpoint of the tree as it is now: the stored one when the tree has not grown since. */
  @Transactional
  public StoredCheckpoint latest() {
    long size = entries.size();
    return checkpoints
        .latest()
        .filter(checkpoint -> checkpoint.treeSize() == size)
        .orElseGet(() -> sign(size));
  }

  private StoredCheckpoint sign(long size) {
    Hash root = StoredTree.compute(nodes, size, tree -> tree.rootHash(size));
    String note = key.signer().sign(new Checkpoint(properties.origin(), size, root));
    StoredCheckpoint checkpoint = new StoredCheckpoint(size, root.bytes(), note);
    checkpoints.add(checkpoint);
    return checkpoint;
  }

  /** Roots and proofs over the stored tree at any size it has reached. */
  public <T> T withTree(long size, java.util.function.Function<MerkleTree, T> question) {
    return StoredTree.compute(nodes, size, question);
  }

  /**
   * The same over the tree as {@code source} has it (the read replica's client for proofs served to
   * verifiers); the caller makes sure it has reached {@code size}.
   */
  public <T> T withTree(
      org.springframework.jdbc.core.simple.JdbcClient source,
      long size,
      java.util.function.Function<MerkleTree, T> question) {
    return StoredTree.compute(nodes, source, size, question);
  }
}
