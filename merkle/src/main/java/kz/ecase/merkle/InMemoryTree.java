package kz.ecase.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A log kept in memory: leaves are appended, and the hash of every subtree is stored the moment it
 * becomes complete, so that roots and proofs never need rehashing of leaves. Good for tests, for
 * small logs and for rebuilding a log's state while replaying its entries. Safe to share between
 * threads.
 */
public final class InMemoryTree implements NodeStore {

  /** {@code levels.get(L).get(i)} is the hash of the complete subtree at level L, index i. */
  private final List<List<Hash>> levels = new ArrayList<>();

  /** Appends an entry and returns its leaf index. */
  public long append(byte[] entry) {
    return appendLeafHash(Hash.leaf(entry));
  }

  /** Appends a leaf whose hash was computed elsewhere and returns its leaf index. */
  public synchronized long appendLeafHash(Hash leafHash) {
    long leafIndex = size();
    if (leafIndex == Integer.MAX_VALUE) {
      throw new IllegalStateException("an in-memory tree holds at most " + leafIndex + " leaves");
    }
    Hash hash = leafHash;
    long index = leafIndex;
    for (int level = 0; ; level++) {
      List<Hash> row = row(level);
      row.add(hash);
      if (index % 2 == 0) {
        return leafIndex;
      }
      hash = Hash.node(row.get((int) index - 1), hash);
      index /= 2;
    }
  }

  @Override
  public synchronized long size() {
    return levels.isEmpty() ? 0 : levels.get(0).size();
  }

  @Override
  public synchronized Hash subtree(int level, long index) {
    if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
      throw new IllegalArgumentException(
          "the subtree at level " + level + ", index " + index + " is not complete");
    }
    return levels.get(level).get((int) index);
  }

  private List<Hash> row(int level) {
    if (level == levels.size()) {
      levels.add(new ArrayList<>());
    }
    return levels.get(level);
  }
}
