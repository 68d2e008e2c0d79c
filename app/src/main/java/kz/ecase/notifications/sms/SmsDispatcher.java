package kz.ecase.notifications.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.notifications.sms.SmsGateway.SmsGatewayException;
import kz.ecase.notifications.sms.SmsRetryPolicy.AfterFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due outbox messages. Each poll claims a batch in one statement ({@code FOR UPDATE SKIP
 * LOCKED}, counting the attempt and leasing the row until the send's timeout has surely passed), so
 * two instances never send the same message at once; a crashed instance's messages are due again
 * when the lease ends, and the gateway's idempotency on the client reference keeps that to one
 * delivery.
 */
public class SmsDispatcher {

  private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);

  private final JdbcClient jdbc;
  private final SmsGateway gateway;
  private final SmsRetryPolicy policy;
  private final SmsProperties properties;
  private final Clock clock;

  record Claimed(UUID id, String recipient, String text, String clientRef, int attempts) {}

  public SmsDispatcher(
      JdbcClient jdbc,
      SmsGateway gateway,
      SmsRetryPolicy policy,
      SmsProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.gateway = gateway;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${ecase.notifications.sms.poll-interval:500ms}")
  public void poll() {
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      log.warn("SMS dispatch failed: {}", e.toString());
    }
  }

  /** Sends every message due now; returns how many were claimed. */
  public int dispatchDue() {
    List<Claimed> claimed = claim(clock.instant());
    claimed.forEach(this::send);
    return claimed.size();
  }

  private List<Claimed> claim(Instant now) {
    Instant lease = now.plus(properties.timeout().multipliedBy(2)).plusSeconds(5);
    return jdbc.sql(
            """
            update sms_outbox set attempts = attempts + 1, next_attempt_at = :lease
            where id in (
              select id from sms_outbox
              where status = 'PENDING' and next_attempt_at <= :now
              order by next_attempt_at
              limit :batch
              for update skip locked)
            returning id, recipient, text, client_ref, attempts
            """)
        .param("lease", Timestamp.from(lease))
        .param("now", Timestamp.from(now))
        .param("batch", properties.batchSize())
        .query(
            (rs, row) ->
                new Claimed(
                    rs.getObject("id", UUID.class),
                    rs.getString("recipient"),
                    rs.getString("text"),
                    rs.getString("client_ref"),
                    rs.getInt("attempts")))
        .list();
  }

  private void send(Claimed message) {
    try {
      String gatewayId = gateway.send(message.recipient(), message.text(), message.clientRef());
      jdbc.sql(
              """
              update sms_outbox
              set status = 'SENT', gateway_id = :gatewayId, sent_at = :now,
                  next_attempt_at = null, last_error = null
              where id = :id and status = 'PENDING'
              """)
          .param("gatewayId", gatewayId)
          .param("now", Timestamp.from(clock.instant()))
          .param("id", message.id())
          .update();
    } catch (SmsGatewayException e) {
      AfterFailure next = policy.afterFailure(message.attempts(), e.permanent(), clock.instant());
      if (next.status() == SmsRetryPolicy.Status.FAILED) {
        log.warn(
            "SMS {} failed after {} attempts: {}",
            message.id(),
            message.attempts(),
            e.getMessage());
      }
      jdbc.sql(
              """
              update sms_outbox
              set status = :status, next_attempt_at = :retryAt, last_error = :error
              where id = :id and status = 'PENDING'
              """)
          .param("status", next.status().name())
          .param("retryAt", next.retryAt() == null ? null : Timestamp.from(next.retryAt()))
          .param("error", e.getMessage())
          .param("id", message.id())
          .update();
    }
  }
}
