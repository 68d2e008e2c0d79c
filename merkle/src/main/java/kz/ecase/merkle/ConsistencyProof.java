package kz.ecase.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence that the log only grew between two tree sizes: the tree of {@code oldSize} leaves is a
 * prefix of the tree of {@code newSize} leaves, nothing in it was changed, removed or reordered.
 * This is the consistency proof of RFC 9162 section 2.1.4.
 *
 * @param oldSize number of leaves of the earlier tree
 * @param newSize number of leaves of the later tree
 * @param path the hashes of the proof; empty when the earlier tree is empty or the sizes are equal
 */
public record ConsistencyProof(long oldSize, long newSize, List<Hash> path) {

  public ConsistencyProof {
    path = List.copyOf(path);
  }

  /**
   * Checks that {@code later} extends {@code earlier}: same log, not smaller, and the proof leads
   * to both roots.
   *
   * @throws ProofException if it is not shown to
   */
  public void verify(Checkpoint earlier, Checkpoint later) {
    if (!earlier.origin().equals(later.origin())) {
      throw new ProofException(
          "the checkpoints are from different logs: "
              + earlier.origin()
              + " and "
              + later.origin());
    }
    if (later.size() < earlier.size()) {
      throw new ProofException(
          "tree size "
              + later.size()
              + " is smaller than the earlier checkpoint's "
              + earlier.size());
    }
    if (earlier.size() != oldSize || later.size() != newSize) {
      throw new ProofException(
          "the consistency proof is for tree sizes "
              + oldSize
              + " and "
              + newSize
              + ", but the checkpoints are for "
              + earlier.size()
              + " and "
              + later.size());
    }
    check(
        earlier.rootHash(), later.rootHash(), "the earlier checkpoint's", "the later checkpoint's");
  }

  /**
   * Checks that the tree of {@code oldSize} leaves with root {@code oldRoot} is a prefix of the
   * tree of {@code newSize} leaves with root {@code newRoot}.
   *
   * @throws ProofException if it is not shown to be
   */
  public void verify(Hash oldRoot, Hash newRoot) {
    check(oldRoot, newRoot, "the earlier tree's", "the later tree's");
  }

  /** RFC 9162 section 2.1.4.2, with the two cases it leaves out: an empty or unchanged tree. */
  private void check(Hash oldRoot, Hash newRoot, String earlier, String later) {
    if (oldSize < 0 || newSize < oldSize) {
      throw new ProofException(
          "tree size " + newSize + " is smaller than " + earlier + " " + oldSize);
    }
    if (oldSize == 0 || oldSize == newSize) {
      if (!path.isEmpty()) {
        throw wrongLength();
      }
      if (oldSize == 0 && !oldRoot.equals(Hash.emptyTree())) {
        throw new ProofException(earlier + " root is not the root of an empty tree");
      }
      if (oldSize == newSize && !oldRoot.equals(newRoot)) {
        throw new ProofException("both trees have " + newSize + " entries, but their roots differ");
      }
      return;
    }
    if (path.isEmpty()) {
      throw wrongLength();
    }
    List<Hash> c = new ArrayList<>(path);
    if (Long.bitCount(oldSize) == 1) {
      c.add(0, oldRoot);
    }
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    Hash fr = c.get(0);
    Hash sr = c.get(0);
    for (Hash next : c.subList(1, c.size())) {
      if (sn == 0) {
        throw wrongLength();
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Hash.node(next, fr);
        sr = Hash.node(next, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = Hash.node(sr, next);
      }
      fn >>= 1;
      sn >>= 1;
    }
    if (sn != 0) {
      throw wrongLength();
    }
    if (!fr.equals(oldRoot)) {
      throw new ProofException("consistency proof does not lead to " + earlier + " root");
    }
    if (!sr.equals(newRoot)) {
      throw new ProofException("consistency proof does not lead to " + later + " root");
    }
  }

  private ProofException wrongLength() {
    return new ProofException(
        "the consistency proof has the wrong number of hashes ("
            + path.size()
            + ") for tree sizes "
            + oldSize
            + " and "
            + newSize);
  }
}
