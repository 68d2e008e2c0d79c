package kz.ecase.verifier;

import kz.ecase.verifier.EntryFields.Previous;

/**
 * Checks each entry, read as format-1 {@link EntryFields}, against its row and its record's chain:
 * the record, unit and subject in the entry are those of the row, and {@code previous} is the index
 * of the record's entry seen last (null for its first). A deleted, inserted or swapped entry breaks
 * some record's chain even when every hash was recomputed.
 *
 * <p>What an entry says alone is worked out by {@link #examine} on a worker thread into a batch's
 * {@link ChainFacts}; {@link #check} then follows the chains in order on the audit's thread,
 * touching only those facts.
 */
final class EntryChain {

  private final LatestIndexes latest = new LatestIndexes();

  /** Works out what entry {@code i} of a batch says alone, into {@code facts}. */
  static void examine(StoredEntry row, EntryFields entry, ChainFacts facts, int i) {
    facts.fields[i] = entry;
    if (entry.unreadable() != null) {
      facts.unlinked[i] = "index " + row.index() + ": " + entry.unreadable();
      return;
    }
    if (!entry.formatOne()) {
      facts.unlinked[i] = "index " + row.index() + ": the entry is not of format 1";
      return;
    }
    String recordKey = entry.recordKey();
    if (recordKey == null) {
      facts.unlinked[i] = "index " + row.index() + ": the entry names no record";
      return;
    }
    LatestIndexes.pack(recordKey, facts.keys, i * LatestIndexes.KEY_LONGS);
    facts.previous[i] = entry.previous();
    facts.previousIndexes[i] = entry.previousIndex();
    facts.rowProblems[i] = rowProblem(row, entry, recordKey);
  }

  private static String rowProblem(StoredEntry row, EntryFields entry, String recordKey) {
    if (!recordKey.equals(row.recordKey())) {
      return "index "
          + row.index()
          + ": the entry is about "
          + recordKey
          + " but its row says "
          + row.recordKey();
    }
    String unit = entry.unit();
    if (unit == null || !unit.equals(row.unit())) {
      return "index "
          + row.index()
          + ": the entry's unit is "
          + unit
          + " but its row says "
          + row.unit();
    }
    String subject = entry.subject();
    String rowSubject = row.subject() == null ? null : row.subject().strip();
    if (subject == null ? rowSubject != null : !subject.equals(rowSubject)) {
      return "index "
          + row.index()
          + ": the entry's subject is "
          + subject
          + " but its row says "
          + rowSubject;
    }
    return null;
  }

  /**
   * Checks entry {@code i} of a batch, at stored index {@code index}, and remembers it as its
   * record's latest; returns what is wrong, or null. Entries are checked in the ledger's order.
   */
  String check(long index, ChainFacts facts, int i) {
    if (facts.unlinked[i] != null) {
      return facts.unlinked[i];
    }
    int key = i * LatestIndexes.KEY_LONGS;
    boolean seen =
        facts.keys[key] != 0
            ? latest.put(null, facts.keys, key, index)
            : latest.put(facts.fields[i].recordKey(), facts.keys, key, index);
    long expected = seen ? latest.previous() : 0;
    String rowProblem = facts.rowProblems[i];
    if (rowProblem != null) {
      return rowProblem;
    }
    if (facts.previous[i] == Previous.INDEX && seen && expected == facts.previousIndexes[i]) {
      return null;
    }
    return previousProblem(index, facts.fields[i], seen, expected);
  }

  private static String previousProblem(
      long index, EntryFields entry, boolean seen, long expected) {
    switch (entry.previous()) {
      case ABSENT -> {
        return "index " + index + ": the entry has no previous field";
      }
      case NOT_AN_INDEX -> {
        return "index " + index + ": the entry's previous is not an index";
      }
      case NULL -> {
        return seen ? "index " + index + ": previous should be " + expected + " but is null" : null;
      }
      default -> {
        return "index "
            + index
            + ": previous should be "
            + (seen ? expected : "null (the first entry of " + entry.recordKey() + ")")
            + " but is "
            + entry.previousIndex();
      }
    }
  }
}
