package kz.ecase.verifier;

/**
 * Checks each entry, read as format-1 {@link EntryFields}, against its row and its record's chain:
 * the record, unit and subject in the entry are those of the row, and {@code previous} is the index
 * of the record's entry seen last (null for its first). A deleted, inserted or swapped entry breaks
 * some record's chain even when every hash was recomputed.
 */
final class EntryChain {

  private final LatestIndexes latest = new LatestIndexes();

  /** Checks the entry and remembers it as its record's latest; returns what is wrong, or null. */
  String check(StoredEntry row) {
    return check(row, EntryFields.read(row.entry()));
  }

  /** As {@link #check(StoredEntry)}, with the entry's fields already read from its bytes. */
  String check(StoredEntry row, EntryFields entry) {
    if (entry.unreadable() != null) {
      return "index " + row.index() + ": " + entry.unreadable();
    }
    if (!entry.formatOne()) {
      return "index " + row.index() + ": the entry is not of format 1";
    }
    String recordKey = entry.recordKey();
    if (recordKey == null) {
      return "index " + row.index() + ": the entry names no record";
    }
    boolean seen = latest.put(recordKey, row.index());
    String previousProblem =
        checkPrevious(row, recordKey, entry, seen, seen ? latest.previous() : 0);
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
    return previousProblem;
  }

  /** What is wrong with the entry's previous, given its record's latest index if {@code seen}. */
  private static String checkPrevious(
      StoredEntry row, String recordKey, EntryFields entry, boolean seen, long expected) {
    switch (entry.previous()) {
      case ABSENT -> {
        return "index " + row.index() + ": the entry has no previous field";
      }
      case NOT_AN_INDEX -> {
        return "index " + row.index() + ": the entry's previous is not an index";
      }
      case NULL -> {
        return seen
            ? "index " + row.index() + ": previous should be " + expected + " but is null"
            : null;
      }
      default -> {
        long actual = entry.previousIndex();
        if (seen && expected == actual) {
          return null;
        }
        return "index "
            + row.index()
            + ": previous should be "
            + (seen ? expected : "null (the first entry of " + recordKey + ")")
            + " but is "
            + actual;
      }
    }
  }
}
