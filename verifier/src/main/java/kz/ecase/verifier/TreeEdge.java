package kz.ecase.verifier;

import kz.ecase.merkle.Hash;

/**
 * The right edge of the tree being recomputed: the complete subtrees that later leaves will join,
 * one per bit set in the size, largest first. The whole tree is never held, so memory stays
 * logarithmic in the number of entries; each complete subtree is announced once, when its last leaf
 * arrives, for the audit to compare with the stored one.
 */
final class TreeEdge {

  /** Hears of each complete subtree the moment it becomes complete, leaves (level 0) included. */
  interface Completion {
    void completed(int level, long index, Hash hash);
  }

  /** Subtrees already recomputed from the same leaves elsewhere, such as on a worker thread. */
  interface Subtrees {
    /** The hash of the subtree at {@code level} and {@code index}, or null if not known. */
    Hash subtree(int level, long index);
  }

  private static final Subtrees NONE_KNOWN = (level, index) -> null;

  private final Hash[] hashes = new Hash[64];
  private final int[] levels = new int[64];
  private final TreeHasher hasher = new TreeHasher();
  private int depth;
  private long size;

  long size() {
    return size;
  }

  /** Appends the next leaf and announces it and every subtree it completes, lowest level first. */
  void append(Hash leafHash, Completion completion) {
    append(leafHash, completion, NONE_KNOWN);
  }

  /**
   * As {@link #append(Hash, Completion)}, taking the hashes of the subtrees it completes from
   * {@code known} where they are known rather than hashing again.
   */
  void append(Hash leafHash, Completion completion, Subtrees known) {
    long index = size;
    Hash hash = leafHash;
    int level = 0;
    completion.completed(0, index, hash);
    while (depth > 0 && levels[depth - 1] == level) {
      depth--;
      level++;
      index >>>= 1;
      Hash subtree = known.subtree(level, index);
      hash = subtree != null ? subtree : hasher.node(hashes[depth], hash);
      completion.completed(level, index, hash);
    }
    hashes[depth] = hash;
    levels[depth] = level;
    depth++;
    size++;
  }

  /** MTH of the whole tree as it is now. */
  Hash root() {
    if (depth == 0) {
      return Hash.emptyTree();
    }
    Hash hash = hashes[depth - 1];
    for (int i = depth - 2; i >= 0; i--) {
      hash = hasher.node(hashes[i], hash);
    }
    return hash;
  }

  /** Calls {@code each} with every subtree of the edge: together they cover the tree. */
  void forEachSubtree(Completion each) {
    long start = 0;
    for (int i = 0; i < depth; i++) {
      each.completed(levels[i], start >>> levels[i], hashes[i]);
      start += 1L << levels[i];
    }
  }
}
