package kz.ecase.verifier;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The right edge of the tree as it grows, for the fast path ({@link FastAudit}): the complete
 * subtrees, largest first, in one flat array of hashes, and the subtrees the last leaf completed,
 * by level, to compare with the stored nodes that follow the entry in an export file. What {@link
 * TreeEdge} does for the reference with {@link kz.ecase.merkle.Hash} objects, with no object per
 * leaf or node. Not thread-safe.
 */
final class FlatTreeEdge {

  static final int H = 32;

  private final MessageDigest sha256;
  private final byte[] edge = new byte[64 * H];
  private final int[] edgeLevels = new int[64];
  private final byte[] completed = new byte[64 * H]; // by level: 1 at 0, 2 at H, ...
  private final byte[] pair = new byte[2 * H];
  private int depth;
  private int completedLevels;
  private long size;

  FlatTreeEdge() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The number of leaves appended. */
  long size() {
    return size;
  }

  /**
   * Appends the leaf hash at {@code offset} of {@code leaves}, noting the subtrees it completes.
   */
  void append(byte[] leaves, int offset) {
    append(leaves, offset, null, 0, 0);
  }

  /**
   * Appends the leaf hash at {@code offset} of {@code leaves}, noting the subtrees it completes;
   * those of the first {@code known} levels are not hashed here but taken from {@code nodes} at
   * {@code nodeAt}, level 1 first, worked out beforehand from the same leaves ({@link FastBlock}).
   */
  void append(byte[] leaves, int offset, byte[] nodes, int nodeAt, int known) {
    int level = 0;
    System.arraycopy(leaves, offset, pair, H, H);
    while (depth > 0 && edgeLevels[depth - 1] == level) {
      depth--;
      level++;
      if (level <= known) {
        System.arraycopy(nodes, nodeAt + (level - 1) * H, pair, H, H);
      } else {
        System.arraycopy(edge, depth * H, pair, 0, H);
        node(pair, H);
      }
      System.arraycopy(pair, H, completed, (level - 1) * H, H);
    }
    System.arraycopy(pair, H, edge, depth * H, H);
    edgeLevels[depth++] = level;
    completedLevels = level;
    size++;
  }

  /** How many subtrees above the leaves the last leaf completed: those of levels 1 to this. */
  int completedLevels() {
    return completedLevels;
  }

  /**
   * Whether the 32 bytes at {@code at} of {@code bytes} are the subtree of {@code level} completed.
   */
  boolean completedEquals(int level, byte[] bytes, int at) {
    return Arrays.equals(bytes, at, at + H, completed, (level - 1) * H, level * H);
  }

  /** The root of the tree as it is now: the right edge folded from its smallest subtree up. */
  byte[] root() {
    byte[] root = new byte[H];
    if (depth == 0) {
      sha256.reset();
      digestInto(root, 0);
      return root;
    }
    System.arraycopy(edge, (depth - 1) * H, pair, H, H);
    for (int i = depth - 2; i >= 0; i--) {
      System.arraycopy(edge, i * H, pair, 0, H);
      node(pair, H);
    }
    System.arraycopy(pair, H, root, 0, H);
    return root;
  }

  /** Hashes the two hashes in {@code pair} as a node, SHA-256(0x01 || left || right), into it. */
  private void node(byte[] twoHashes, int into) {
    sha256.update((byte) 0x01);
    sha256.update(twoHashes, 0, 2 * H);
    digestInto(twoHashes, into);
  }

  private void digestInto(byte[] out, int offset) {
    try {
      sha256.digest(out, offset, H);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }
}
