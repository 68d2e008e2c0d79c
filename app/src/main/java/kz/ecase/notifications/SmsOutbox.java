package kz.ecase.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enqueues SMS notices in the caller's transaction: a notice is sent only if that transaction
 * commits. The same client reference is enqueued once (later calls are ignored), and the gateway is
 * asked with it, so a notice is delivered at most once per reference. Enqueueing reads no registry:
 * the phone is the notice's own (read by a recorded look-up for the same record just before), or
 * else looked up when the notice is sent.
 */
@Service
public class SmsOutbox {

  /** A Kazakhstan mobile number as the gateway takes it. */
  public static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");

  public static final int MAX_TEXT = 1000;

  private final JdbcClient jdbc;
  private final Clock clock;

  SmsOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Queues the notice, due at once.
   *
   * @return true when queued, false when its client reference was queued before
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(SmsNotice notice) {
    Instant now = clock.instant();
    return jdbc.sql(
                """
                insert into sms_outbox
                  (id, created_at, recipient, recipient_iin, unit, purpose, text, client_ref,
                   status, attempts, next_attempt_at)
                values (:id, :now, :phone, :iin, :unit, :purpose, :text, :ref, 'PENDING', 0, :now)
                on conflict (client_ref) do nothing
                """)
            .param("id", UUID.randomUUID())
            .param("now", Timestamp.from(now))
            .param("phone", notice.phone())
            .param("iin", notice.recipient().value())
            .param("unit", notice.unit().value())
            .param("purpose", notice.purpose())
            .param("text", notice.text())
            .param("ref", notice.clientRef())
            .update()
        == 1;
  }

  /** What became of a queued notice: PENDING, SENT, DELIVERED, UNDELIVERED, FAILED, NO_PHONE. */
  public record Delivery(String status, Instant sentAt, Instant reportedAt) {}

  /** The state of the notice queued under a client reference, if any. */
  public java.util.Optional<Delivery> deliveryOf(String clientRef) {
    return jdbc.sql("select status, sent_at, reported_at from sms_outbox where client_ref = :ref")
        .param("ref", clientRef)
        .query(
            (rs, row) ->
                new Delivery(
                    rs.getString("status"),
                    rs.getTimestamp("sent_at") == null
                        ? null
                        : rs.getTimestamp("sent_at").toInstant(),
                    rs.getTimestamp("reported_at") == null
                        ? null
                        : rs.getTimestamp("reported_at").toInstant()))
        .optional();
  }

  /**
   * Queues a message to a known phone (a staff member's), due at once.
   *
   * @return true when queued, false when its client reference was queued before
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueueToPhone(String phone, String text, String clientRef) {
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("Not a mobile number: " + phone);
    }
    if (text == null || text.isBlank() || clientRef == null || clientRef.isBlank()) {
      throw new IllegalArgumentException("An SMS needs its text and client reference");
    }
    Instant now = clock.instant();
    return jdbc.sql(
                """
                insert into sms_outbox
                  (id, created_at, recipient, text, client_ref, status, attempts, next_attempt_at)
                values (:id, :now, :phone, :text, :ref, 'PENDING', 0, :now)
                on conflict (client_ref) do nothing
                """)
            .param("id", UUID.randomUUID())
            .param("now", Timestamp.from(now))
            .param("phone", phone)
            .param("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)
            .param("ref", clientRef)
            .update()
        == 1;
  }
}
