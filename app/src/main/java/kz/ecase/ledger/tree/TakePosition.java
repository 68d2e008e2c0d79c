package kz.ecase.ledger.tree;

import java.util.function.LongSupplier;

/**
 * Where the integrator's next take of pending entries starts: after the highest id it took last
 * (so that the take's index scan starts past the deleted head of {@code ledger_pending}, which it
 * would otherwise walk again while any older snapshot is open), or from the head of the table.
 *
 * <p>Ids come from a sequence when an entry is recorded, but entries commit in any order: an entry
 * whose id is below the position may commit after the take that passed it. Such an entry is still
 * taken, by a take from the head, which comes
 *
 * <ul>
 *   <li>first, and after {@link #lost()} (a start, a failover, a failed batch, another instance's
 *       batch);
 *   <li>after a take from the position that found less than a full batch (the integrator has caught
 *       up: what is waiting below is taken before it idles);
 *   <li>at least every {@code headInterval} while full batches keep coming (a backlog never lets
 *       an entry wait longer than that for its turn).
 * </ul>
 *
 * A take deletes what it takes in the integrator's transaction, so an entry is taken once whichever
 * take finds it. Not thread-safe: the integrator's thread owns it.
 */
final class TakePosition {

  /** Ids start at 1: after 0 is the head. */
  static final long HEAD = 0;

  private final long headIntervalNanos;
  private final LongSupplier nanoTime;
  private long after = HEAD;
  private boolean headDue = true;
  private long lastHeadTake;

  TakePosition(java.time.Duration headInterval, LongSupplier nanoTime) {
    this.headIntervalNanos = headInterval.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The id the next take starts after: {@link #HEAD} when a take from the head is due. */
  long next() {
    if (headDue || nanoTime.getAsLong() - lastHeadTake >= headIntervalNanos) {
      return HEAD;
    }
    return after;
  }

  /**
   * Called once the batch taken after {@code from} has committed: {@code highestId} is the highest
   * id it took (any value when it took none), {@code taken} how many of {@code limit}.
   */
  void committed(long from, int taken, int limit, long highestId) {
    if (from == HEAD) {
      lastHeadTake = nanoTime.getAsLong();
      headDue = false;
    } else if (taken < limit) {
      headDue = true;
    }
    if (taken > 0) {
      after = highestId;
    }
  }

  /** The batch failed or another instance sequenced: start from the head again. */
  void lost() {
    after = HEAD;
    headDue = true;
  }
}
