package kz.ecase.verifier;

/**
 * What the trusted checkpoints, taken in order of size, say about the recomputed tree: the largest
 * size that matched before the first one that did not, and that first one. Together they bound
 * where the first change lies, even when every hash in the ledger was recomputed to hide it.
 */
final class CheckpointTrail {

  private long lastMatch = -1;
  private long firstMismatch = -1;
  private long mismatches;

  /** Notes whether the recomputed root at {@code size} equals a trusted checkpoint's. */
  void record(long size, boolean matches) {
    if (matches) {
      if (firstMismatch < 0) {
        lastMatch = Math.max(lastMatch, size);
      }
    } else {
      mismatches++;
      if (firstMismatch < 0) {
        firstMismatch = size;
      }
    }
  }

  /** The largest matching size before the first mismatch: entries below it are intact. */
  long intactBelow() {
    return Math.max(lastMatch, 0);
  }

  /** The finding that bounds the first change, or null if every checkpoint matched. */
  Finding bound() {
    if (firstMismatch < 0) {
      return null;
    }
    long from = intactBelow();
    long to = firstMismatch - 1;
    String others =
        mismatches > 1 ? " (" + (mismatches - 1) + " later checkpoints do not match either)" : "";
    String after = lastMatch > 0 ? " after checkpoint " + lastMatch + " was signed" : "";
    if (from == to) {
      return Finding.at(
          Finding.Kind.CHECKPOINT,
          from,
          "index "
              + from
              + " was changed"
              + after
              + ": the recomputed tree does not match the trusted checkpoint of size "
              + firstMismatch
              + others);
    }
    return Finding.within(
        Finding.Kind.CHECKPOINT,
        from,
        to,
        "an entry in "
            + from
            + ".."
            + to
            + " was changed"
            + after
            + ": the recomputed tree does not match the trusted checkpoint of size "
            + firstMismatch
            + others);
  }
}
