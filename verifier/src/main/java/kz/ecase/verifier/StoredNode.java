package kz.ecase.verifier;

/**
 * A stored interior node of the tree: the hash of the complete subtree at {@code level} (1 and up)
 * and {@code index}, which covers the entries {@code index * 2^level} to {@code (index + 1) *
 * 2^level - 1}.
 *
 * @param level the node's level, leaves being level 0
 * @param index the node's index within its level
 * @param hash the stored hash
 */
public record StoredNode(int level, long index, byte[] hash) {

  /** The first entry the node covers. */
  long firstEntry() {
    return index << level;
  }

  /** The last entry the node covers. */
  long lastEntry() {
    return ((index + 1) << level) - 1;
  }
}
