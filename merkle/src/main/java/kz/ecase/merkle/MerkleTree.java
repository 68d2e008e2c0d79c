package kz.ecase.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 section 2.1 over the subtree hashes in a {@link NodeStore}: root
 * hashes, inclusion proofs and consistency proofs for any tree size the store has reached. Each
 * answer reads O(log n) complete subtrees and hashes only the right edge of an incomplete tree.
 *
 * <p>The tree of {@code n} leaves splits at {@code k}, the largest power of two smaller than {@code
 * n}: its left part is the complete subtree of the first {@code k} leaves and its right part is the
 * tree of the others. Unrolled, a tree is a run of complete subtrees, one for each bit set in
 * {@code n}, largest first, hashed together from the right.
 */
public final class MerkleTree {

  private final NodeStore nodes;

  public MerkleTree(NodeStore nodes) {
    this.nodes = nodes;
  }

  /** Number of leaves the store holds now. */
  public long size() {
    return nodes.size();
  }

  /** The root hash of the tree as it is now. */
  public Hash rootHash() {
    return rootHash(nodes.size());
  }

  /** The root hash the tree had when it held {@code treeSize} leaves: MTH(D[0:treeSize]). */
  public Hash rootHash(long treeSize) {
    requireReached(treeSize);
    return treeSize == 0 ? Hash.emptyTree() : rangeHash(0, treeSize);
  }

  /**
   * The audit path PATH(m, D[n]) of RFC 9162 section 2.1.3.1 proving that leaf {@code leafIndex} is
   * in the tree of {@code treeSize} leaves.
   */
  public InclusionProof inclusionProof(long leafIndex, long treeSize) {
    requireReached(treeSize);
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf " + leafIndex + " is not in a tree of " + treeSize + " leaves");
    }
    List<Hash> path = new ArrayList<>();
    long start = 0;
    long size = treeSize;
    long index = leafIndex;
    while (size > 1) {
      long k = Long.highestOneBit(size - 1);
      if (index < k) {
        path.add(rangeHash(start + k, size - k));
        size = k;
      } else {
        path.add(rangeHash(start, k));
        start += k;
        index -= k;
        size -= k;
      }
    }
    Collections.reverse(path);
    return new InclusionProof(leafIndex, treeSize, path);
  }

  /**
   * The consistency proof PROOF(m, D[n]) of RFC 9162 section 2.1.4.1 proving that the tree of
   * {@code oldSize} leaves is a prefix of the tree of {@code newSize} leaves. It is empty when the
   * old tree is empty or both sizes are equal.
   */
  public ConsistencyProof consistencyProof(long oldSize, long newSize) {
    requireReached(newSize);
    if (oldSize < 0 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "a tree of " + oldSize + " leaves cannot be a prefix of one of " + newSize);
    }
    List<Hash> path = new ArrayList<>();
    if (oldSize > 0) {
      long start = 0;
      long size = newSize;
      long m = oldSize;
      boolean wholeOldTreeIsKnown = true; // the boolean b of SUBPROOF
      while (m != size) {
        long k = Long.highestOneBit(size - 1);
        if (m <= k) {
          path.add(rangeHash(start + k, size - k));
          size = k;
        } else {
          path.add(rangeHash(start, k));
          start += k;
          m -= k;
          size -= k;
          wholeOldTreeIsKnown = false;
        }
      }
      if (!wholeOldTreeIsKnown) {
        path.add(rangeHash(start, size));
      }
      Collections.reverse(path);
    }
    return new ConsistencyProof(oldSize, newSize, path);
  }

  /**
   * MTH(D[start:start+count]) from one complete subtree per bit set in {@code count}. The range
   * must start on a multiple of its largest such subtree, as every range the RFC's recursion visits
   * does.
   */
  private Hash rangeHash(long start, long count) {
    List<Hash> parts = new ArrayList<>();
    long at = start;
    for (int level = 63 - Long.numberOfLeadingZeros(count); level >= 0; level--) {
      if ((count >>> level & 1) == 1) {
        parts.add(nodes.subtree(level, at >>> level));
        at += 1L << level;
      }
    }
    Hash hash = parts.get(parts.size() - 1);
    for (int i = parts.size() - 2; i >= 0; i--) {
      hash = Hash.node(parts.get(i), hash);
    }
    return hash;
  }

  private void requireReached(long treeSize) {
    long size = nodes.size();
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          "the log has " + size + " leaves, so it has no tree of " + treeSize);
    }
  }
}
