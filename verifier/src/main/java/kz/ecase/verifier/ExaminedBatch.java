package kz.ecase.verifier;

import java.util.Arrays;
import kz.ecase.merkle.Hash;

/**
 * A run of consecutive entries whose first tree position is a multiple of {@link #CAPACITY}, with
 * what can be learnt from each entry alone: its leaf hash recomputed from its bytes, whether the
 * stored one agrees, and its {@link ChainFacts}; and every complete subtree of the run, recomputed
 * from those leaves. Being aligned, the run holds whole each subtree up to level {@link #LEVELS}
 * that any of its leaves completes. Examined on a worker thread, then read by the audit in order.
 */
final class ExaminedBatch implements TreeEdge.Subtrees {

  static final int LEVELS = 10;
  static final int CAPACITY = 1 << LEVELS;

  private final long start;
  private final StoredEntry[] rows;
  private int size;
  private Hash[] leaves;
  private boolean[] leafMatches;
  private ChainFacts chain;
  private Hash[][] subtrees;

  /** An empty run beginning at tree position {@code start}, a multiple of the capacity. */
  ExaminedBatch(long start) {
    if (start % CAPACITY != 0) {
      throw new IllegalArgumentException("a batch starts at a multiple of " + CAPACITY);
    }
    this.start = start;
    this.rows = new StoredEntry[CAPACITY];
  }

  /** Adds the next entry; false when the run is full and the entry was not added. */
  boolean add(StoredEntry row) {
    if (size == CAPACITY) {
      return false;
    }
    rows[size++] = row;
    return true;
  }

  int size() {
    return size;
  }

  boolean isFull() {
    return size == CAPACITY;
  }

  /** Works out the leaf hashes, their agreement with the stored ones, fields and subtrees. */
  ExaminedBatch examine() {
    TreeHasher hasher = new TreeHasher();
    leaves = new Hash[size];
    leafMatches = new boolean[size];
    chain = new ChainFacts(size);
    byte[][] below = new byte[size][];
    for (int i = 0; i < size; i++) {
      StoredEntry row = rows[i];
      byte[] leaf = new byte[Hash.SIZE];
      hasher.leaf(row.entry(), leaf);
      below[i] = leaf;
      leaves[i] = new Hash(leaf);
      leafMatches[i] = Arrays.equals(leaf, row.leafHash());
      EntryChain.examine(row, EntryFields.read(row.entry()), chain, i);
    }
    subtrees = new Hash[LEVELS + 1][];
    for (int level = 1; level <= LEVELS; level++) {
      byte[][] above = new byte[below.length / 2][];
      subtrees[level] = new Hash[above.length];
      for (int i = 0; i < above.length; i++) {
        above[i] = new byte[Hash.SIZE];
        hasher.node(below[2 * i], below[2 * i + 1], above[i]);
        subtrees[level][i] = new Hash(above[i]);
      }
      below = above;
    }
    return this;
  }

  StoredEntry row(int i) {
    return rows[i];
  }

  /** The leaf hash recomputed from the bytes of entry {@code i} of the run. */
  Hash leaf(int i) {
    return leaves[i];
  }

  /** Whether entry {@code i}'s stored leaf hash is the one recomputed from its bytes. */
  boolean leafMatches(int i) {
    return leafMatches[i];
  }

  /** What the chain check learnt of the batch's entries alone. */
  ChainFacts chain() {
    return chain;
  }

  @Override
  public Hash subtree(int level, long index) {
    if (level < 1 || level > LEVELS) {
      return null;
    }
    long offset = (index << level) - start;
    if (offset < 0 || (offset >>> level) >= subtrees[level].length) {
      return null;
    }
    return subtrees[level][(int) (offset >>> level)];
  }
}
