package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.payments.PaymentStore.StoredReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily reconciliation of recorded payments against the provider's statement: a payment the
 * provider lists but ecase never heard of (its callback was lost) is recorded and applied then; one
 * ecase recorded but the statement lacks, and one whose amounts differ, are reported for staff.
 * Each run is a stored report. The scheduled run (the day before, and any of the week before the
 * provider did not answer for) is made once per day whichever instance gets there first: runs of
 * one day queue on a lock and the later finds the report.
 */
@Service
public class Reconciliation {

  private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

  /** One difference between the statement and the record. */
  public record Line(
      String kind,
      String providerPaymentId,
      String reference,
      String protocolId,
      BigDecimal statementKzt,
      BigDecimal recordedKzt,
      String action) {}

  /** A stored report. */
  public record Report(
      LocalDate day,
      int run,
      Instant madeAt,
      String madeBy,
      int statementPayments,
      int recordedPayments,
      List<Line> lines) {}

  private final PaymentProviderClient provider;
  private final PaymentRecorder recorder;
  private final PaymentStore store;
  private final ProcedureTerms terms;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final Clock clock;

  Reconciliation(
      PaymentProviderClient provider,
      PaymentRecorder recorder,
      PaymentStore store,
      ProcedureTerms terms,
      TransactionTemplate transactions,
      JsonMapper json,
      Clock clock) {
    this.provider = provider;
    this.recorder = recorder;
    this.store = store;
    this.terms = terms;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** How many days back the scheduled run catches up on days not yet reconciled. */
  static final int CATCH_UP_DAYS = 7;

  @Scheduled(
      cron = "${ecase.offences.payments.reconciliation-cron:0 30 1 * * *}",
      zone = "${ecase.offences.zone:Asia/Almaty}")
  void onSchedule() {
    LocalDate yesterday = LocalDate.now(clock.withZone(terms.zone())).minusDays(1);
    for (LocalDate day = yesterday.minusDays(CATCH_UP_DAYS - 1);
        !day.isAfter(yesterday);
        day = day.plusDays(1)) {
      try {
        Report report = reconcile(day, "system", true);
        log.info("Payments of {} reconciled: {} differences", day, report.lines().size());
      } catch (PaymentProviderClient.ProviderUnavailableException e) {
        log.warn("Reconciliation of {} postponed to the next run: {}", day, e.getMessage());
        return;
      }
    }
  }

  /**
   * Reconciles the day's payments and stores the report.
   *
   * @param onceOnly when the day has a report already, answer it instead of running again
   */
  public Report reconcile(LocalDate day, String by, boolean onceOnly) {
    if (onceOnly) {
      Optional<Report> made = latest(day);
      if (made.isPresent()) {
        return made.get();
      }
    }
    List<ProviderPayment> statement = provider.statement(day);
    return transactions.execute(
        status -> {
          store.lock("payment-reconciliation/" + day);
          Optional<StoredReport> made = store.latestReport(day);
          if (onceOnly && made.isPresent()) {
            return read(made.get());
          }
          List<StoredPayment> recorded = store.paidOn(day, terms.zone());
          List<Line> lines = compare(statement, recorded);
          Report report =
              new Report(
                  day,
                  made.map(r -> r.run() + 1).orElse(1),
                  clock.instant(),
                  by,
                  statement.size(),
                  recorded.size(),
                  lines);
          store.addReport(
              new StoredReport(
                  day, report.run(), report.madeAt(), by, json.writeValueAsString(report)));
          return report;
        });
  }

  public Optional<Report> latest(LocalDate day) {
    return store.latestReport(day).map(this::read);
  }

  private List<Line> compare(List<ProviderPayment> statement, List<StoredPayment> recorded) {
    List<Line> lines = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (ProviderPayment line : statement) {
      listed.add(line.paymentId());
      Optional<StoredPayment> known = store.find(line.paymentId());
      if (known.isEmpty()) {
        StoredPayment applied = recorder.record(line, "RECONCILIATION").payment();
        lines.add(
            line("MISSING_IN_ECASE", line, applied, line.amountKzt(), null, applied.outcome()));
      } else if (known.get().amountKzt().compareTo(line.amountKzt()) != 0) {
        lines.add(
            line(
                "AMOUNT_MISMATCH",
                line,
                known.get(),
                line.amountKzt(),
                known.get().amountKzt(),
                "check with the provider"));
      }
    }
    for (StoredPayment payment : recorded) {
      if (!listed.contains(payment.providerPaymentId())) {
        lines.add(
            new Line(
                "MISSING_AT_PROVIDER",
                payment.providerPaymentId(),
                payment.reference(),
                payment.protocolId() == null ? null : payment.protocolId().toString(),
                null,
                payment.amountKzt(),
                "check with the provider"));
      }
    }
    return lines;
  }

  private static Line line(
      String kind,
      ProviderPayment line,
      StoredPayment payment,
      BigDecimal statementKzt,
      BigDecimal recordedKzt,
      String action) {
    return new Line(
        kind,
        line.paymentId(),
        line.reference(),
        payment.protocolId() == null ? null : payment.protocolId().toString(),
        statementKzt,
        recordedKzt,
        action);
  }

  private Report read(StoredReport stored) {
    return json.readValue(stored.report(), Report.class);
  }
}
