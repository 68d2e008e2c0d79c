package kz.ecase.verifier;

import kz.ecase.verifier.EntryFields.Previous;

/**
 * What {@link EntryChain#examine} learns of each entry of a batch alone, laid out in arrays so that
 * the audit's thread, following the chains in order, reads a few contiguous values per entry rather
 * than objects made on another thread: why the entry cannot be linked to a record, if it cannot;
 * else its record's key packed for {@link LatestIndexes}, its {@code previous}, and what its row
 * says otherwise than the entry.
 */
final class ChainFacts {

  final EntryFields[] fields;
  final String[] unlinked;
  final String[] rowProblems;
  final Previous[] previous;
  final long[] previousIndexes;
  final long[] keys;

  ChainFacts(int size) {
    fields = new EntryFields[size];
    unlinked = new String[size];
    rowProblems = new String[size];
    previous = new Previous[size];
    previousIndexes = new long[size];
    keys = new long[size * LatestIndexes.KEY_LONGS];
  }
}
