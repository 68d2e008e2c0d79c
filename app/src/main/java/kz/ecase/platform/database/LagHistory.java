package kz.ecase.platform.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far, in time, a replica is behind its primary, from the primary's WAL position sampled at
 * each check: the replica is as far behind as the earliest sample at which the primary had written
 * past what the replica has replayed. Unlike {@code now() - pg_last_xact_replay_timestamp()} it
 * needs no clock shared by the two servers, and does not take an idle primary (no new transaction
 * to replay for hours) for a lagging replica. Accurate to one check interval.
 */
final class LagHistory {

  private record Sample(Instant at, long lsn) {}

  private final Deque<Sample> samples = new ArrayDeque<>();
  private final int capacity;

  LagHistory(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Records that the primary was at {@code primaryLsn} at {@code now}, and returns the lag of a
   * replica that has replayed up to {@code replayedLsn} (negative: not a replica, no lag).
   */
  synchronized Duration lag(Instant now, long primaryLsn, long replayedLsn) {
    samples.addLast(new Sample(now, primaryLsn));
    // replay only moves forward: what the replica has replayed is never needed again
    while (!samples.isEmpty()
        && (samples.peekFirst().lsn() <= replayedLsn || samples.size() > capacity)) {
      samples.removeFirst();
    }
    if (replayedLsn < 0 || samples.isEmpty()) {
      return Duration.ZERO;
    }
    return Duration.between(samples.peekFirst().at(), now);
  }
}
