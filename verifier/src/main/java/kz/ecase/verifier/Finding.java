package kz.ecase.verifier;

/**
 * One piece of evidence that the ledger was changed, in words a court can read, with the entries it
 * points at: one index, a range of indexes of which at least one was changed, or none when it is
 * about the ledger as a whole.
 *
 * @param kind what was checked, to group findings of one kind
 * @param from the first index it points at, or -1
 * @param to the last index it points at (inclusive), or -1
 * @param message what differs
 */
public record Finding(Kind kind, long from, long to, String message) {

  /** What a finding is about. */
  public enum Kind {
    /** Indexes are not 0, 1, 2, ... without gaps or repeats. */
    INDEX,
    /** An entry's bytes do not hash to its stored leaf hash. */
    LEAF_HASH,
    /** An entry is not a format-1 entry matching its row, or its record's chain is broken. */
    ENTRY,
    /** A stored interior node differs from the recomputed tree. */
    NODE,
    /** A stored checkpoint is not signed by the trusted key. */
    SIGNATURE,
    /** A checkpoint does not match the recomputed tree or its own stored columns. */
    CHECKPOINT,
    /** Entries are gone from the end of the ledger. */
    TAIL,
    /** Consistency between checkpoints does not hold. */
    CONSISTENCY
  }

  /** A finding about one index. */
  static Finding at(Kind kind, long index, String message) {
    return new Finding(kind, index, index, message);
  }

  /** A finding that at least one entry in {@code from..to} was changed. */
  static Finding within(Kind kind, long from, long to, String message) {
    return new Finding(kind, from, to, message);
  }

  /** A finding about the ledger as a whole. */
  static Finding general(Kind kind, String message) {
    return new Finding(kind, -1, -1, message);
  }

  /** Whether it points at entries. */
  public boolean located() {
    return from >= 0;
  }

  /** Whether it points at exactly one entry. */
  public boolean exact() {
    return from >= 0 && from == to;
  }

  @Override
  public String toString() {
    return message;
  }
}
