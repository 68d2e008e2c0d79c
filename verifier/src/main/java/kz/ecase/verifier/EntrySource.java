package kz.ecase.verifier;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;

/**
 * Where an audit reads a ledger from, in one pass: the entries in index order, the stored interior
 * nodes of the tree, and the stored checkpoints in tree size order. A database and an export file
 * are both sources; the audit treats them alike.
 *
 * <p>The audit reads entries a few batches ahead of its checks, always from one thread. A source
 * answers {@link #storedNode} and {@link #checkpointsUpTo} as of the tree size they are asked at
 * (the end of the subtree, the checkpoint's size), whatever number of entries it has delivered by
 * then.
 */
public interface EntrySource extends AutoCloseable {

  /** How many entries the source expects to deliver, for progress reports; empty if unknown. */
  OptionalLong expectedEntries() throws IOException;

  /** The next entry in index order, or null after the last one. */
  StoredEntry nextEntry() throws IOException;

  /**
   * The stored hash of the complete subtree at {@code level} (1 and up) and {@code index}, asked
   * once per subtree as the audit completes it, in order within each level; empty when none is
   * stored.
   */
  Optional<Hash> storedNode(int level, long index) throws IOException;

  /**
   * Stored nodes that no tree of {@code treeSize} leaves has, or that the audit never asked for:
   * each one is evidence of a change. Asked once, after the last entry.
   */
  List<StoredNode> strayNodes(long treeSize) throws IOException;

  /**
   * Stored checkpoints not delivered yet whose tree size is at most {@code treeSize}, smallest
   * first; with {@link Long#MAX_VALUE}, all that are left.
   */
  List<StoredCheckpoint> checkpointsUpTo(long treeSize) throws IOException;

  /** Bytes read so far, for the throughput in progress reports. */
  long bytesRead();

  @Override
  void close() throws IOException;
}
