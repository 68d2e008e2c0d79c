package kz.ecase.notifications.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims a batch of due outbox rows in one statement ({@code FOR UPDATE SKIP LOCKED}), counting the
 * try and leasing each row until the gateway's timeouts have surely passed, so two instances never
 * work on the same message at once and a crashed instance's rows are due again when the lease ends.
 */
final class OutboxClaims {

  private final JdbcClient jdbc;
  private final SmsProperties properties;

  OutboxClaims(JdbcClient jdbc, SmsProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * The rows in {@code status} due at {@code now} (oldest first, at most a batch), with {@code
   * counter} counted up. The status, counter and returned columns are this package's constants,
   * written into the statement (the partial indexes are on the literal status).
   */
  <T> List<T> claim(
      String status, String counter, String returning, Instant now, RowMapper<T> rows) {
    Instant lease = now.plus(properties.timeout().multipliedBy(2)).plusSeconds(10);
    return jdbc.sql(
            """
            update sms_outbox set %1$s = %1$s + 1, next_attempt_at = :lease
            where id in (
              select id from sms_outbox
              where status = '%2$s' and next_attempt_at <= :now
              order by next_attempt_at
              limit :batch
              for update skip locked)
            returning %3$s
            """
                .formatted(counter, status, returning))
        .param("lease", Timestamp.from(lease))
        .param("now", Timestamp.from(now))
        .param("batch", properties.batchSize())
        .query(rows)
        .list();
  }
}
