package kz.ecase.notifications.sms;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.notifications.sms.SmsGateway.SmsGatewayException;
import kz.ecase.notifications.sms.SmsRetryPolicy.AfterFailure;
import kz.ecase.persons.ContactLookups;
import kz.ecase.persons.ContactLookups.RegisterUnavailable;
import kz.ecase.persons.Purpose;
import kz.ecase.procedure.OutboxClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages. Each poll claims a batch in one statement ({@code FOR UPDATE SKIP
 * LOCKED}, counting the attempt and leasing the row until the send's timeouts have surely passed),
 * so two instances never send the same message at once; a crashed instance's messages are due again
 * when the lease ends, and the gateway's idempotency on the client reference keeps that to one
 * delivery. Messages without a phone yet get it from the population register first (a recorded
 * system look-up), kept in the row for later attempts.
 *
 * <p>A batch goes in four steps: the look-ups it needs, side by side; their records in the ledger
 * and the look-up log with the phones found, in one transaction; the sends, side by side; every
 * outcome in one batched update. The network calls run {@code concurrency} at a time ({@link
 * OutboxWorkers}), and while claims come back full the dispatcher claims again at once. One message
 * after another it sent only 1 / (look-up + gateway latency), about 7 a second; side by side but
 * with a look-up transaction, a phone update and an outcome update of its own, each message waited
 * for a pooled database connection three times, and under the registrations' load (whose
 * transactions hold the connections) the notices fell behind them (docs/BENCHMARKS.md, issue 13).
 */
public class SmsDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
  private static final String MODULE = "notifications";
  private static final String NO_PHONE = "no mobile phone in the population register";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final SmsGateway gateway;
  private final ContactLookups contacts;
  private final SmsRetryPolicy policy;
  private final SmsProperties properties;
  private final Clock clock;
  private final OutboxClaims claims;
  private final OutboxWorkers workers;
  private final Duration lease;
  private final boolean viaBroker;

  record Claimed(
      UUID id,
      String phone,
      String iin,
      String unit,
      String purpose,
      String text,
      String clientRef,
      int attempts) {

    Claimed to(String found) {
      return new Claimed(id, found, iin, unit, purpose, text, clientRef, attempts);
    }
  }

  /** What became of a claimed message: its row's next state. */
  record Outcome(
      UUID id, String status, String gatewayId, Instant sentAt, Instant next, String error) {}

  /** A dispatcher that polls the outbox (no message broker). */
  public SmsDispatcher(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SmsGateway gateway,
      ContactLookups contacts,
      SmsRetryPolicy policy,
      SmsProperties properties,
      Clock clock,
      OutboxClaims claims) {
    this(jdbc, transactions, gateway, contacts, policy, properties, clock, claims, false);
  }

  /**
   * @param viaBroker the message broker delivers the outbox ({@link #dispatch(List)}): no polling
   */
  public SmsDispatcher(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SmsGateway gateway,
      ContactLookups contacts,
      SmsRetryPolicy policy,
      SmsProperties properties,
      Clock clock,
      OutboxClaims claims,
      boolean viaBroker) {
    this.jdbc = jdbc;
    this.viaBroker = viaBroker;
    this.transactions = transactions;
    this.gateway = gateway;
    this.contacts = contacts;
    this.policy = policy;
    this.properties = properties;
    this.clock = clock;
    this.claims = claims;
    this.lease = SmsQueues.lease(properties, contacts.deadline().plus(properties.timeout()));
    this.workers = new OutboxWorkers("sms-send", properties.concurrency(), lease);
  }

  /** Polls the outbox, unless the message broker delivers it ({@code viaBroker}). */
  @Scheduled(fixedDelayString = "${ecase.notifications.sms.poll-interval:500ms}")
  public void poll() {
    if (!properties.dispatch() || viaBroker || workers.closed()) {
      return;
    }
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      log.warn("SMS dispatch failed: {}", e.toString());
    }
  }

  /**
   * Sends every message due now, claiming again while claims come back full; returns how many were
   * claimed.
   */
  public int dispatchDue() {
    return workers.workOff(() -> claim(clock.instant()), this::sendAll, properties.batchSize());
  }

  /**
   * Sends the messages of these outbox ids that are due now (the message broker's consumer, {@link
   * kz.ecase.procedure.BrokerRoute}): a message not due is skipped (sent already, being sent, or
   * waiting for its retry), so a message the broker delivers twice is sent once. Returns how many
   * were claimed.
   */
  public int dispatch(List<UUID> ids) {
    if (ids.isEmpty() || workers.closed()) {
      return 0;
    }
    List<Claimed> batch = claim(clock.instant(), ids);
    if (!batch.isEmpty()) {
      sendAll(batch);
    }
    return batch.size();
  }

  /** Claims no more; the batch under way finishes and records its outcome. */
  @Override
  public void close() {
    workers.close();
  }

  private List<Claimed> claim(Instant now) {
    return claim(now, null);
  }

  private List<Claimed> claim(Instant now, List<UUID> only) {
    return claims.claim(
        SmsQueues.PENDING,
        now,
        lease,
        only == null ? properties.batchSize() : only.size(),
        only,
        "id, recipient, recipient_iin, unit, purpose, text, client_ref, attempts",
        (rs, row) ->
            new Claimed(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("recipient_iin"),
                rs.getString("unit"),
                rs.getString("purpose"),
                rs.getString("text"),
                rs.getString("client_ref"),
                rs.getInt("attempts")));
  }

  private void sendAll(List<Claimed> batch) {
    List<Outcome> outcomes = new ArrayList<>();
    List<Claimed> ready = new ArrayList<>();
    List<Claimed> unknown = new ArrayList<>();
    for (Claimed message : batch) {
      (message.phone() == null ? unknown : ready).add(message);
    }
    lookUp(unknown, ready, outcomes);
    for (Optional<Outcome> sent : workers.each(ready, this::send)) {
      sent.ifPresent(outcomes::add);
    }
    record(outcomes);
  }

  /**
   * Asks the population register for the phones the messages lack, side by side, then records the
   * look-ups and keeps the phones found in their rows, in one transaction: a phone is kept exactly
   * when its look-up is recorded. A message whose look-up broke off stays leased.
   */
  private void lookUp(List<Claimed> unknown, List<Claimed> ready, List<Outcome> outcomes) {
    if (unknown.isEmpty()) {
      return;
    }
    List<Optional<ContactLookups.Asked>> asked = workers.each(unknown, this::ask);
    List<Claimed> messages = new ArrayList<>();
    List<ContactLookups.Asked> looks = new ArrayList<>();
    for (int i = 0; i < unknown.size(); i++) {
      if (asked.get(i).isPresent()) {
        messages.add(unknown.get(i));
        looks.add(asked.get(i).get());
      }
    }
    if (looks.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          List<ContactLookups.Recorded> answers = contacts.record(looks);
          List<Object[]> phones = new ArrayList<>();
          for (int i = 0; i < messages.size(); i++) {
            Claimed message = messages.get(i);
            try {
              Optional<String> phone =
                  answers.get(i).phone().filter(found -> SmsOutbox.PHONE.matcher(found).matches());
              if (phone.isPresent()) {
                ready.add(message.to(phone.get()));
                phones.add(new Object[] {phone.get(), message.id()});
              } else {
                outcomes.add(new Outcome(message.id(), "NO_PHONE", null, null, null, NO_PHONE));
              }
            } catch (RegisterUnavailable e) {
              outcomes.add(failed(message, false, e.getMessage()));
            }
          }
          if (!phones.isEmpty()) {
            jdbc.batchUpdate("update sms_outbox set recipient = ? where id = ?", phones);
          }
        });
  }

  private ContactLookups.Asked ask(Claimed message) {
    return contacts.ask(
        new Iin(message.iin()),
        new UnitCode(message.unit()),
        MODULE,
        new Purpose(null, null, message.purpose()));
  }

  private Outcome send(Claimed message) {
    try {
      String gatewayId = gateway.send(message.phone(), message.text(), message.clientRef());
      Instant now = clock.instant();
      return new Outcome(
          message.id(), "SENT", gatewayId, now, now.plus(properties.firstRetry()), null);
    } catch (SmsGatewayException e) {
      return failed(message, e.permanent(), e.getMessage());
    }
  }

  private Outcome failed(Claimed message, boolean permanent, String error) {
    AfterFailure next = policy.afterFailure(message.attempts(), permanent, clock.instant());
    if (next.status() == SmsRetryPolicy.Status.FAILED) {
      log.warn("SMS {} failed after {} attempts: {}", message.id(), message.attempts(), error);
    }
    return new Outcome(message.id(), next.status().name(), null, null, next.retryAt(), error);
  }

  /** The batch's outcomes in one round trip; a message no longer PENDING is left as it is. */
  private void record(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        """
        update sms_outbox
        set status = ?, gateway_id = coalesce(?, gateway_id), sent_at = coalesce(?, sent_at),
            next_attempt_at = ?, last_error = ?
        where id = ? and status = 'PENDING'
        """,
        outcomes,
        outcomes.size(),
        (statement, outcome) -> {
          statement.setString(1, outcome.status());
          statement.setString(2, outcome.gatewayId());
          statement.setTimestamp(3, timestamp(outcome.sentAt()));
          statement.setTimestamp(4, timestamp(outcome.next()));
          statement.setString(5, outcome.error());
          statement.setObject(6, outcome.id());
        });
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
