package kz.ecase.merkle;

/**
 * Where the hashes of a log's complete subtrees are kept, for example in memory ({@link
 * InMemoryTree}) or in database tiles. {@link MerkleTree} computes roots and proofs for any tree
 * size from O(log n) reads of this store, without loading the leaves or rebuilding the tree.
 *
 * <p>A subtree is addressed by its level and index: level 0 holds the leaf hashes, and the node at
 * level {@code L} and index {@code i} covers the leaves {@code [i * 2^L, (i + 1) * 2^L)}. It is
 * complete once all of those leaves are in the log, and from then on its hash never changes.
 */
public interface NodeStore {

  /** Number of leaves in the log so far. */
  long size();

  /**
   * The hash of the complete subtree at {@code level} and {@code index}.
   *
   * @throws IllegalArgumentException if that subtree is not complete yet
   */
  Hash subtree(int level, long index);
}
