package kz.ecase.procedure.broker;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import kz.ecase.procedure.OutboxQueue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay's statements on an outbox table. A row waits for the broker while it is due ({@code
 * next_attempt_at <= now}) and the broker has not confirmed holding it since it became due ({@code
 * relayed_at} null or older than {@code next_attempt_at}); a row the broker confirmed but that no
 * consumer took is handed over again after {@code redeliver-after}. The table and column names are
 * the owning module's constants ({@link OutboxQueue}), never user input.
 */
final class RelayedRows {

  private static final String WAITING_FOR_BROKER =
      "(%s) and next_attempt_at <= :now and (relayed_at is null or relayed_at < next_attempt_at";

  private final JdbcClient jdbc;

  RelayedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The keys of rows to hand to the broker, oldest first, locked until the caller's transaction
   * ends ({@code FOR UPDATE SKIP LOCKED}: two relays never hand over the same row at once). Must
   * run in a transaction.
   */
  List<Object> due(OutboxQueue queue, Instant now, Instant stale, int batch) {
    return jdbc.sql(
            ("select %s from %s where "
                    + WAITING_FOR_BROKER
                    + " or relayed_at < :stale) order by next_attempt_at limit :batch"
                    + " for update skip locked")
                .formatted(queue.key(), queue.table(), queue.waiting()))
        .param("now", Timestamp.from(now))
        .param("stale", Timestamp.from(stale))
        .param("batch", batch)
        .query((rs, row) -> rs.getObject(1))
        .list();
  }

  /** Marks the rows the broker confirmed (in the transaction that locked them). */
  void relayed(OutboxQueue queue, List<Object> keys, Instant at) {
    if (keys.isEmpty()) {
      return;
    }
    jdbc.sql(
            "update %s set relayed_at = :at where %s in (:keys)"
                .formatted(queue.table(), queue.key()))
        .param("at", Timestamp.from(at))
        .param("keys", keys)
        .update();
  }

  /** How many rows are due and not yet held by the broker. */
  long waiting(OutboxQueue queue, Instant now) {
    return jdbc.sql(
            ("select count(*) from %s where " + WAITING_FOR_BROKER + ")")
                .formatted(queue.table(), queue.waiting()))
        .param("now", Timestamp.from(now))
        .query(Long.class)
        .single();
  }
}
