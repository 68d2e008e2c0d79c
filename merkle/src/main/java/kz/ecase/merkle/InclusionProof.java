package kz.ecase.merkle;

import java.util.List;

/**
 * Evidence that one entry is leaf {@code leafIndex} of the tree of {@code treeSize} leaves: the
 * audit path of RFC 9162 section 2.1.3, the sibling hashes from the leaf up to the root.
 *
 * @param leafIndex position of the entry in the log, from 0
 * @param treeSize number of leaves of the tree whose root the proof leads to
 * @param path sibling hashes, the one next to the leaf first
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> path) {

  public InclusionProof {
    path = List.copyOf(path);
  }

  /**
   * Checks that {@code entry} is leaf {@code leafIndex} of the tree the checkpoint commits to.
   *
   * @throws ProofException if it is not shown to be
   */
  public void verify(byte[] entry, Checkpoint checkpoint) {
    verify(Hash.leaf(entry), checkpoint);
  }

  /**
   * Checks that the leaf with {@code leafHash} is leaf {@code leafIndex} of the tree the checkpoint
   * commits to.
   *
   * @throws ProofException if it is not shown to be
   */
  public void verify(Hash leafHash, Checkpoint checkpoint) {
    if (checkpoint.size() != treeSize) {
      throw new ProofException(
          "the inclusion proof is for a tree of "
              + treeSize
              + " entries, but the checkpoint is for "
              + checkpoint.size());
    }
    if (!rootFrom(leafHash).equals(checkpoint.rootHash())) {
      throw new ProofException("inclusion proof does not lead to the checkpoint's root");
    }
  }

  /**
   * Checks that the leaf with {@code leafHash} is leaf {@code leafIndex} of the tree of {@code
   * treeSize} leaves whose root is {@code rootHash}.
   *
   * @throws ProofException if it is not shown to be
   */
  public void verify(Hash leafHash, Hash rootHash) {
    if (!rootFrom(leafHash).equals(rootHash)) {
      throw new ProofException("inclusion proof does not lead to the expected root hash");
    }
  }

  /** The root hash that the path leads to from the leaf, by RFC 9162 section 2.1.3.2. */
  private Hash rootFrom(Hash leafHash) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new ProofException(
          "entry number " + leafIndex + " cannot be in a log of " + treeSize + " entries");
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    Hash r = leafHash;
    for (Hash p : path) {
      if (sn == 0) {
        throw wrongLength();
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Hash.node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = Hash.node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    if (sn != 0) {
      throw wrongLength();
    }
    return r;
  }

  private ProofException wrongLength() {
    return new ProofException(
        "the inclusion proof has the wrong number of hashes ("
            + path.size()
            + ") for entry "
            + leafIndex
            + " of a log of "
            + treeSize
            + " entries");
  }
}
