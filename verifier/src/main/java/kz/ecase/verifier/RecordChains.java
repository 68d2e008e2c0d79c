package kz.ecase.verifier;

import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.ecase.verifier.EntryFields.Previous;

/**
 * The records' chains for the fast path ({@link FastAudit}), followed on two threads of their own
 * so that the in-order thread does not: every record falls, by a hash of its key, into one of two
 * halves ({@link LatestIndexes#half}), and each half has a thread and a {@link LatestIndexes} of
 * its own. The blocks are handed to both threads in the file's order; each goes through every
 * block's entries in order and, for the entries of its half, checks that an entry's {@code
 * previous} is its record's latest earlier index (null for its first) and remembers the entry's
 * index as the record's latest. All the entries of a record fall into the same half, so each thread
 * sees every entry of its records in order, which is all this check needs: it is the reference's
 * check ({@link EntryChain#check}), done for two sets of records apart.
 *
 * <p>Each thread answers, for a block, the first entry of its half whose chain is broken, or none.
 * The earlier of the two halves' answers is the block's first broken chain; {@link FastAudit} puts
 * it in order with what it finds itself. A thread's answer is only meaningful when nothing before
 * that entry is wrong, which is the only case in which the fast path uses it (what is wrong first
 * is what it reports).
 */
final class RecordChains implements AutoCloseable {

  /** The first entry of a block whose chain is broken, and why. */
  record Break(int entry, String reason) {}

  private static final int HALVES = 2;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService[] threads = new ExecutorService[HALVES];
  private final LatestIndexes[] latest = new LatestIndexes[HALVES];
  private final long[] touched = new long[HALVES]; // what was read ahead, kept so that it is read

  RecordChains() {
    int pool = POOLS.incrementAndGet();
    for (int h = 0; h < HALVES; h++) {
      String name = "fast-audit-" + pool + "-chains-" + h;
      latest[h] = new LatestIndexes();
      threads[h] =
          Executors.newSingleThreadExecutor(
              task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
              });
    }
  }

  /** The checks of the block's chains, one per half, started; to be {@link #firstBreak taken}. */
  @SuppressWarnings("unchecked")
  Future<Break>[] start(FastBlock block) {
    Future<Break>[] halves = new Future[HALVES];
    for (int h = 0; h < HALVES; h++) {
      int half = h;
      halves[h] = threads[h].submit(() -> check(block, half, latest[half]));
    }
    return halves;
  }

  /** The block's first broken chain, of the halves {@link #start} started, or null. */
  static Break firstBreak(Future<Break>[] halves) throws InterruptedIOException {
    Break first = null;
    for (Future<Break> half : halves) {
      Break found = answer(half);
      if (found != null && (first == null || found.entry() < first.entry())) {
        first = found;
      }
    }
    return first;
  }

  /**
   * Follows the chains of the block's entries of {@code half} in order; the first broken one. The
   * table's slots of the block's keys are read ahead first, so that their cache misses overlap.
   */
  private Break check(FastBlock block, int half, LatestIndexes latest) {
    long[] keys = block.keys();
    long words = 0;
    for (int e = 0; e < block.entries(); e++) {
      if (block.half(e) == half) {
        words += latest.touch(keys, e * LatestIndexes.KEY_LONGS);
      }
    }
    touched[half] += words;
    for (int e = 0; e < block.entries(); e++) {
      if (block.half(e) != half) {
        continue;
      }
      long index = block.index(e);
      boolean seen = latest.put(block.otherKey(e), keys, e * LatestIndexes.KEY_LONGS, index);
      Previous previous = block.previous(e);
      boolean linked =
          previous == Previous.INDEX
              ? seen && block.previousIndex(e) == latest.previous()
              : previous == Previous.NULL && !seen;
      if (!linked) {
        return new Break(
            e,
            "index "
                + index
                + ": its previous is not its record's latest earlier index"
                + (seen ? " (" + latest.previous() + ")" : " (none: null)"));
      }
    }
    return null;
  }

  private static Break answer(Future<Break> half) throws InterruptedIOException {
    return Answers.of(half);
  }

  @Override
  public void close() {
    for (ExecutorService thread : threads) {
      thread.shutdownNow();
    }
  }
}
