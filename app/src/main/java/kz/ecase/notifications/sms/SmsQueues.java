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

  /** A claimed message is leased until the gateway's timeouts have surely passed. */
  static Duration lease(SmsProperties properties) {
    return properties.timeout().multipliedBy(2).plusSeconds(10);
  }
}
