package kz.ecase.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import kz.ecase.merkle.Hash;

/**
 * The right edge of a growing Merkle tree: the complete subtrees that the next leaves will join,
 * one per bit set in the tree size, largest first. Appending a leaf completes the subtrees it
 * closes; the root is the edge hashed together from the right (RFC 9162's split, unrolled).
 */
public final class RightEdge {

  /** A complete subtree: level 0 is a leaf, the node at level L and index i covers 2^L leaves. */
  public record Node(int level, long index, Hash hash) {}

  /** Reads the hash of a complete subtree. */
  public interface Subtrees {
    Hash subtree(int level, long index);
  }

  private final List<Node> nodes;
  private long size;

  private RightEdge(List<Node> nodes, long size) {
    this.nodes = nodes;
    this.size = size;
  }

  public static RightEdge empty() {
    return new RightEdge(new ArrayList<>(), 0);
  }

  /** The edge of a tree of {@code size} leaves, read from its stored subtrees. */
  public static RightEdge of(long size, Subtrees subtrees) {
    List<Node> nodes = new ArrayList<>();
    long start = 0;
    for (int level = 63 - Long.numberOfLeadingZeros(size); level >= 0 && size > 0; level--) {
      if ((size >>> level & 1) == 1) {
        long index = start >>> level;
        nodes.add(new Node(level, index, subtrees.subtree(level, index)));
        start += 1L << level;
      }
    }
    return new RightEdge(nodes, size);
  }

  public RightEdge copy() {
    return new RightEdge(new ArrayList<>(nodes), size);
  }

  public long size() {
    return size;
  }

  /**
   * Appends the next leaf and returns the interior nodes (level 1 and up) that it completes, which
   * from now on never change.
   */
  public List<Node> append(Hash leafHash) {
    List<Node> completed = new ArrayList<>();
    Node node = new Node(0, size, leafHash);
    while (!nodes.isEmpty() && nodes.get(nodes.size() - 1).level() == node.level()) {
      Node left = nodes.remove(nodes.size() - 1);
      node = new Node(node.level() + 1, left.index() >>> 1, Hash.node(left.hash(), node.hash()));
      completed.add(node);
    }
    nodes.add(node);
    size++;
    return completed;
  }

  /** MTH of the whole tree. */
  public Hash root() {
    if (nodes.isEmpty()) {
      return Hash.emptyTree();
    }
    Hash hash = nodes.get(nodes.size() - 1).hash();
    for (int i = nodes.size() - 2; i >= 0; i--) {
      hash = Hash.node(nodes.get(i).hash(), hash);
    }
    return hash;
  }
}
