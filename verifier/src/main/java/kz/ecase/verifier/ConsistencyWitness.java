package kz.ecase.verifier;

import java.util.HashMap;
import java.util.Map;
import kz.ecase.merkle.ConsistencyProof;
import kz.ecase.merkle.Hash;
import kz.ecase.merkle.MerkleTree;
import kz.ecase.merkle.NodeStore;

/**
 * Keeps, during one pass, just the subtrees that a consistency proof from a tree of {@code oldSize}
 * leaves to a later, larger one needs, so that the proof can be built from the recomputed tree
 * without holding it. Every window of the proof's recursion (RFC 9162 2.1.4.1) contains leaf {@code
 * oldSize - 1}, so the proof reads complete ancestors of that leaf, their siblings, and pieces of
 * the later tree's right edge: the witness keeps the first two as they complete, and a copy of the
 * edge each time the audit reaches a size it may end at.
 */
final class ConsistencyWitness implements TreeEdge.Completion {

  private record Address(int level, long index) {}

  private final long oldSize;
  private final Map<Address, Hash> path = new HashMap<>();
  private final Map<Address, Hash> edge = new HashMap<>();
  private long edgeSize = -1;

  ConsistencyWitness(long oldSize) {
    this.oldSize = oldSize;
  }

  @Override
  public void completed(int level, long index, Hash hash) {
    if (oldSize == 0 || level >= 63) {
      return;
    }
    long ancestor = (oldSize - 1) >>> level;
    if (index == ancestor || index == (ancestor ^ 1)) {
      path.put(new Address(level, index), hash);
    }
  }

  /** Remembers the tree's right edge at its current size, a size the proof may end at. */
  void markEnd(TreeEdge tree) {
    edge.clear();
    tree.forEachSubtree((level, index, hash) -> edge.put(new Address(level, index), hash));
    edgeSize = tree.size();
  }

  /** The size the witness can prove consistency to: the last one marked, or -1. */
  long endSize() {
    return edgeSize;
  }

  /** The consistency proof from {@code oldSize} to the last marked size. */
  ConsistencyProof proof() {
    if (edgeSize < oldSize) {
      throw new IllegalStateException("no size at or after " + oldSize + " was marked");
    }
    long end = edgeSize;
    NodeStore kept =
        new NodeStore() {
          @Override
          public long size() {
            return end;
          }

          @Override
          public Hash subtree(int level, long index) {
            Address address = new Address(level, index);
            Hash hash = edge.get(address);
            if (hash == null && (index + 1) << level <= end) {
              hash = path.get(address);
            }
            if (hash == null) {
              throw new IllegalStateException(
                  "the witness did not keep the subtree at level " + level + ", index " + index);
            }
            return hash;
          }
        };
    return new MerkleTree(kept).consistencyProof(oldSize, end);
  }
}
