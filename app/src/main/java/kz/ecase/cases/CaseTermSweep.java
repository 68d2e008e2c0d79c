package kz.ecase.cases;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.CaseLine;
import kz.ecase.cases.persistence.DefenceStore;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.procedure.ConcurrentStepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches the terms of running cases: when three quarters of a term have passed it alerts the
 * investigator, the head of the unit and the supervising prosecutor; when a term runs out without a
 * final decision it records that in the case (by ecase, once per deadline) and alerts them again.
 * An extension moves the deadline, and the sweep watches the new one. Safe on several instances: a
 * deadline is marked once (its primary key), each mark with its alerts in one transaction. Motions
 * of the defence left unanswered past their term are alerted the same way, once each.
 */
@Component
class CaseTermSweep {

  private static final Logger log = LoggerFactory.getLogger(CaseTermSweep.class);
  static final int BATCH = 200;

  private final CaseStore store;
  private final DefenceStore defence;
  private final CaseSteps steps;
  private final CaseAlerts alerts;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Timer passes;

  CaseTermSweep(
      CaseStore store,
      DefenceStore defence,
      CaseSteps steps,
      CaseAlerts alerts,
      TransactionTemplate transactions,
      Clock clock,
      MeterRegistry meters) {
    this.store = store;
    this.defence = defence;
    this.steps = steps;
    this.alerts = alerts;
    this.transactions = transactions;
    this.clock = clock;
    this.passes =
        Timer.builder("ecase.cases.term-sweep")
            .description("Time of one pass of the criminal cases' term sweep")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Scheduled(fixedDelayString = "${ecase.cases.sweep-interval:1m}", initialDelay = 15_000)
  void run() {
    try {
      long start = System.nanoTime();
      int marked = sweep(clock.instant());
      if (marked > 0) {
        log.info(
            "Case term sweep: {} terms alerted or recorded as run out in {} ms",
            marked,
            Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    } catch (RuntimeException e) {
      log.warn("Case term sweep failed: {}", e.toString());
    }
  }

  /** One pass at {@code now}; returns how many deadlines it alerted or recorded as run out. */
  int sweep(Instant now) {
    return passes.record(() -> pass(now));
  }

  private int pass(Instant now) {
    int marked = 0;
    for (CaseLine line : store.dueForExpiry(now, BATCH)) {
      try {
        Boolean done =
            transactions.execute(
                status -> {
                  if (steps.termMissed(line.id(), line.deadline(), now).isEmpty()) {
                    return false;
                  }
                  alerts.term(opened(line), line.investigator(), line.deadline(), true, now);
                  return true;
                });
        marked += Boolean.TRUE.equals(done) ? 1 : 0;
      } catch (ConcurrentStepException | StepNotAllowedException e) {
        // decided or recorded meanwhile: the next pass looks again
      }
    }
    for (CaseLine line : store.dueForAlert(now, BATCH)) {
      Boolean done =
          transactions.execute(
              status -> {
                if (!store.mark(line.id(), line.deadline(), "ALERTED", now)) {
                  return false;
                }
                alerts.term(opened(line), line.investigator(), line.deadline(), false, now);
                return true;
              });
      marked += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    for (DefenceStore.OverdueMotion motion : defence.overdue(now, BATCH)) {
      Boolean done =
          transactions.execute(
              status -> {
                if (!defence.markOverdue(motion.id(), now)) {
                  return false;
                }
                alerts.motionOverdue(
                    caseOf(motion.caseId(), motion.erdrNumber(), motion.unit(), motion.openedAt()),
                    motion.investigator(),
                    motion.id(),
                    now);
                return true;
              });
      marked += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return marked;
  }

  private static CaseStore.StoredCase opened(CaseLine line) {
    return caseOf(line.id(), line.erdrNumber(), line.unit(), line.openedAt());
  }

  /** What the alerts say of a case: its number, unit and link. */
  private static CaseStore.StoredCase caseOf(
      java.util.UUID id, String number, String unit, Instant openedAt) {
    return new CaseStore.StoredCase(id, number, null, unit, openedAt, null, null);
  }
}
