package kz.ecase.investigations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.ReportLine;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.ProcedureCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for reports left undecided past their registration term (each is recorded once, by ecase,
 * and alerts the duty prosecutor and the head) and for decisions waiting for the duty prosecutor's
 * check longer than the law value {@code investigations.check-wait} (alerting the supervising
 * prosecutor). Safe on several instances: a report's step is recorded once (the journal's sequence)
 * and an alert once (its dedupe key).
 */
@Component
class RegistrationTermSweep {

  private static final Logger log = LoggerFactory.getLogger(RegistrationTermSweep.class);
  static final int BATCH = 500;

  private final ReportStore store;

  /**
   * Up to when this instance has alerted the checks left waiting: each pass looks only at the
   * decisions that crossed the wait since (all of them, page by page, on the first pass). Another
   * instance doing the same raises nothing twice (the alert's dedupe key).
   */
  private Instant alertedUpTo;

  private final ReportSteps steps;
  private final ReportAlerts alerts;
  private final LawValues law;
  private final ProcedureCalendar calendar;
  private final Clock clock;
  private final Timer passes;

  RegistrationTermSweep(
      ReportStore store,
      ReportSteps steps,
      ReportAlerts alerts,
      LawValues law,
      ProcedureCalendar calendar,
      Clock clock,
      MeterRegistry meters) {
    this.store = store;
    this.steps = steps;
    this.alerts = alerts;
    this.law = law;
    this.calendar = calendar;
    this.clock = clock;
    this.passes =
        Timer.builder("ecase.investigations.registration-sweep")
            .description(
                "Time of one pass of the crime reports' sweep (missed registration terms, checks"
                    + " waiting too long)")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Scheduled(fixedDelayString = "${ecase.investigations.sweep-interval:1m}", initialDelay = 10_000)
  void run() {
    try {
      long start = System.nanoTime();
      int missed = sweep(clock.instant());
      if (missed > 0) {
        log.info(
            "Registration term sweep: {} missed terms recorded in {} ms",
            missed,
            Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    } catch (RuntimeException e) {
      log.warn("Registration term sweep failed: {}", e.toString());
    }
  }

  /**
   * One pass at moment {@code now}, timed as {@code ecase.investigations.registration-sweep};
   * returns how many terms were recorded as missed.
   */
  int sweep(Instant now) {
    return passes.record(() -> pass(now));
  }

  private int pass(Instant now) {
    int missed = 0;
    for (ReportLine line : store.overdue(now, BATCH)) {
      try {
        steps.registrationTermMissed(line.id(), now);
        missed++;
      } catch (ConcurrentStepException | StepNotAllowedException e) {
        // decided or recorded meanwhile: nothing to do
      }
    }
    alertChecksWaiting(now);
    return missed;
  }

  private void alertChecksWaiting(Instant now) {
    Duration wait = law.on("investigations.check-wait", calendar.dateOf(now)).duration();
    Instant crossedBefore = now.minus(wait);
    Instant from = alertedUpTo;
    List<ReportLine> page;
    do {
      page = store.waitingSince(from, crossedBefore, BATCH);
      for (ReportLine line : page) {
        alerts.checkWaiting(line, now);
      }
      if (!page.isEmpty()) {
        from = page.get(page.size() - 1).checkSince().plusNanos(1000);
      }
    } while (page.size() == BATCH);
    alertedUpTo = crossedBefore;
  }
}
