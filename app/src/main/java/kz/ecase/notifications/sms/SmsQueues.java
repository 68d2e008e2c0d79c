package kz.ecase.notifications.sms;

import java.time.Duration;
import kz.ecase.procedure.OutboxQueue;

/**
 * The SMS outbox as the kernel's claims see it: messages waiting to be sent, and sent messages
 * waiting for their delivery report (the partial indexes are on the literal status).
 */
final class SmsQueues {

  static final OutboxQueue PENDING =
      new OutboxQueue("sms_outbox", "id", "attempts", "status = 'PENDING'", null);

  static final OutboxQueue SENT =
      new OutboxQueue("sms_outbox", "id", "report_checks", "status = 'SENT'", null);

  private SmsQueues() {}

  /**
   * A claimed row is leased until its batch has surely been handled: the batch's network calls go
   * {@code concurrency} at a time, so in {@code ceil(batchSize / concurrency)} rounds, each taking
   * at most {@code perRow} (the look-up's deadline and the gateway's timeout), and 10 s more for
   * the database.
   */
  static Duration lease(SmsProperties properties, Duration perRow) {
    int rounds = (properties.batchSize() + properties.concurrency() - 1) / properties.concurrency();
    return perRow.multipliedBy(rounds).plusSeconds(10);
  }
}
