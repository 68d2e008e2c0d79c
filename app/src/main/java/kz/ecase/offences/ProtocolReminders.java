package kz.ecase.offences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.offences.ProtocolSmsNotice.Kind;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.domain.ReminderPolicy;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.InForce;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enqueues the SMS reminders of payment deadlines that are due today (by the injected clock, in the
 * terms' zone), per {@link ReminderPolicy}. Each reminder's outbox key is the protocol and its
 * kind, so a reminder is enqueued at most once however often the job runs and on however many
 * instances.
 */
@Component
class ProtocolReminders {

  private static final Logger log = LoggerFactory.getLogger(ProtocolReminders.class);

  private final ProtocolStore store;
  private final SmsOutbox outbox;
  private final TransactionTemplate transactions;
  private final ReminderProperties properties;
  private final ReminderPolicy policy;
  private final ZoneId zone;
  private final Clock clock;
  private final String publicUrl;

  ProtocolReminders(
      ProtocolStore store,
      SmsOutbox outbox,
      TransactionTemplate transactions,
      ReminderProperties properties,
      ProcedureTerms terms,
      Clock clock,
      @Value("${ecase.offences.public-url:http://localhost:8080}") String publicUrl) {
    this.store = store;
    this.outbox = outbox;
    this.transactions = transactions;
    this.properties = properties;
    this.policy =
        new ReminderPolicy(properties.discountDaysBefore(), properties.paymentDaysBefore(), terms);
    this.zone = terms.zone();
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Scheduled(
      fixedDelayString = "${ecase.offences.reminders.interval:15m}",
      initialDelayString = "${ecase.offences.reminders.interval:15m}")
  void run() {
    if (!properties.enabled()) {
      return;
    }
    try {
      int enqueued = enqueueDue();
      if (enqueued > 0) {
        log.info("Enqueued {} SMS reminders of payment deadlines", enqueued);
      }
    } catch (RuntimeException e) {
      log.warn("SMS reminders failed: {}", e.toString());
    }
  }

  /** Enqueues the reminders due today; returns how many were new. */
  int enqueueDue() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<SmsNotice> due = new ArrayList<>(discountReminders(today));
    due.addAll(paymentReminders(today));
    return transactions.execute(status -> (int) due.stream().filter(outbox::enqueue).count());
  }

  private List<SmsNotice> discountReminders(LocalDate today) {
    return store
        .withDiscountDeadlineBetween(today, today.plusDays(properties.discountDaysBefore()))
        .stream()
        .filter(p -> policy.discountReminderDue(status(p), p.discountDeadline(), today))
        .map(
            p ->
                notice(
                    p,
                    Kind.DISCOUNT_REMINDER,
                    ProtocolSmsNotice.discountReminder(
                        p.number(),
                        p.fineKzt(),
                        p.discountDeadline(),
                        p.paymentReference(),
                        publicUrl)))
        .toList();
  }

  private List<SmsNotice> paymentReminders(LocalDate today) {
    List<SmsNotice> due = new ArrayList<>();
    Instant since = policy.earliestInForceOn(today).atStartOfDay(zone).toInstant();
    for (InForce inForce : store.inForceSince(since)) {
      StoredProtocol p = inForce.protocol();
      policy
          .paymentReminderDue(status(p), LocalDate.ofInstant(inForce.since(), zone), today)
          .map(
              deadline ->
                  notice(
                      p,
                      Kind.PAYMENT_REMINDER,
                      ProtocolSmsNotice.paymentReminder(
                          p.number(), p.fineKzt(), deadline, p.paymentReference(), publicUrl)))
          .ifPresent(due::add);
    }
    return due;
  }

  private static ProtocolStatus status(StoredProtocol p) {
    return ProtocolStatus.valueOf(p.status());
  }

  private static SmsNotice notice(StoredProtocol p, Kind kind, String text) {
    return new SmsNotice(
        new Iin(p.offenderIin()),
        new UnitCode(p.unit()),
        "SMS reminder of protocol " + p.number(),
        text,
        ProtocolSmsNotice.clientRef(p.number(), kind));
  }
}
