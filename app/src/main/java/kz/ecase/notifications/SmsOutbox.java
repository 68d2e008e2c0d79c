package kz.ecase.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enqueues SMS messages in the caller's transaction: the message is sent only if that transaction
 * commits. The same client reference is enqueued once (later calls are ignored), and the gateway is
 * asked with it, so a message is delivered at most once per reference.
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
   * Queues the text for the phone, due at once.
   *
   * @return true when queued, false when this client reference was queued before
   * @throws IllegalArgumentException for a phone not like {@code +77011234567}, a blank or too long
   *     text, or a blank client reference
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enqueue(String phone, String text, String clientRef) {
    if (phone == null || !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException("Not a mobile number: " + phone);
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("An SMS has 1 to " + MAX_TEXT + " characters");
    }
    if (clientRef == null || clientRef.isBlank()) {
      throw new IllegalArgumentException("An SMS needs a client reference");
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
            .param("now", java.sql.Timestamp.from(now))
            .param("phone", phone)
            .param("text", text)
            .param("ref", clientRef)
            .update()
        == 1;
  }
}
