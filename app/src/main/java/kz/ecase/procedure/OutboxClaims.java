package kz.ecase.procedure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The kernel's outbox engine: claims a batch of due rows of an outbox in one statement ({@code FOR
 * UPDATE SKIP LOCKED}), counting the attempt and leasing each row until {@code now + lease}, so two
 * instances never work on the same message at once and a crashed instance's rows are due again when
 * the lease ends. What happens after an attempt follows {@link RetryPolicy}; that a message is sent
 * once per idempotency key is the enqueueing insert's ({@code on conflict do nothing}) and the
 * receiving system's (asked with the key).
 */
@Service
public class OutboxClaims {

  private final JdbcClient jdbc;

  OutboxClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the rows of {@code queue} due at {@code now}, oldest first, at most {@code batch}.
   *
   * @param only a key (or a collection of keys) to claim just those rows (if due), or null for any.
   *     Keyed claims wait for a row another transaction holds instead of skipping it, and lock in
   *     key order (no deadlock between two keyed claims): the message broker's consumers claim the
   *     rows their messages name, and a relay may still hold a row it has just handed over ({@code
   *     kz.ecase.procedure.broker})
   * @param returning the columns to return (the module's constants)
   */
  public <T> List<T> claim(
      OutboxQueue queue,
      Instant now,
      Duration lease,
      int batch,
      Object only,
      String returning,
      RowMapper<T> rows) {
    String sql =
        """
        update %1$s set %3$s = %3$s + 1, next_attempt_at = :lease%6$s
        where %2$s in (
          select %2$s from %1$s
          where %4$s and next_attempt_at <= :now%7$s
          order by %8$s
          limit :batch
          for update%9$s)
        returning %5$s
        """
            .formatted(
                queue.table(),
                queue.key(),
                queue.counter(),
                queue.waiting(),
                returning,
                queue.claimedAt() == null ? "" : ", " + queue.claimedAt() + " = :now",
                only == null ? "" : " and " + queue.key() + " in (:only)",
                only == null ? "next_attempt_at" : queue.key(),
                only == null ? " skip locked" : "");
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql)
            .param("lease", Timestamp.from(now.plus(lease)))
            .param("now", Timestamp.from(now))
            .param("batch", batch);
    if (only != null) {
      statement = statement.param("only", only);
    }
    return statement.query(rows).list();
  }
}
