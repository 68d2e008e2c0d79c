package kz.ecase.investigations.custody;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clocks' sweep: records the overrun of every running clock whose limit has run out, then
 * raises the 75 % alert of every running clock past three quarters of its limit. It reads only
 * clocks whose moment has come and whose overrun or alert is not done (partial indexes); each
 * overrun in its own transaction (a step on the kernel), the alerts a hundred clocks to one. Safe
 * on several nodes at once: the 75 % mark is claimed by a conditional update, the overrun by the
 * kernel's unique step sequence, and every alert has its dedupe key.
 */
@Component
public class CustodySweep {

  private static final Logger log = LoggerFactory.getLogger(CustodySweep.class);
  static final int BATCH = 1000;

  /**
   * The 75 % alerts are raised this many clocks to a transaction: a burst of clocks crossing at
   * once costs a few commits, not one each. Safe to repeat: a clock's mark is claimed once and its
   * alerts have dedupe keys, so a chunk that fails is raised again by the next pass.
   */
  static final int ALERTS_PER_TRANSACTION = 100;

  /** What one pass did. */
  public record Pass(int overruns, int alerts) {}

  private final CustodyStore store;
  private final CustodyOverruns overruns;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Timer passes;

  CustodySweep(
      CustodyStore store,
      CustodyOverruns overruns,
      TransactionTemplate transactions,
      Clock clock,
      MeterRegistry meters) {
    this.store = store;
    this.overruns = overruns;
    this.transactions = transactions;
    this.clock = clock;
    this.passes =
        Timer.builder("ecase.custody.sweep")
            .description("Time of one pass of the custody clocks' sweep (overruns and 75 % alerts)")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  @Scheduled(
      initialDelayString = "${ecase.investigations.custody.sweep-interval:PT15S}",
      fixedDelayString = "${ecase.investigations.custody.sweep-interval:PT15S}")
  void onSchedule() {
    long start = System.nanoTime();
    Pass pass = pass(clock.instant());
    if (pass.overruns() > 0 || pass.alerts() > 0) {
      log.info(
          "Custody sweep: {} overruns recorded, {} clocks at 75 % in {} ms",
          pass.overruns(), pass.alerts(), Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
  }

  /** One pass at moment {@code now}, timed as {@code ecase.custody.sweep}. */
  public Pass pass(Instant now) {
    return passes.record(() -> sweep(now));
  }

  private Pass sweep(Instant now) {
    int overrun = 0;
    for (UUID id : store.dueForOverrun(now, BATCH)) {
      if (overrun(id, now)) {
        overrun++;
      }
    }
    int alerted = 0;
    List<UUID> due = store.dueForAlert(now, BATCH);
    for (int from = 0; from < due.size(); from += ALERTS_PER_TRANSACTION) {
      List<UUID> chunk = due.subList(from, Math.min(due.size(), from + ALERTS_PER_TRANSACTION));
      Integer raised =
          transactions.execute(status -> (int) chunk.stream().filter(id -> alert(id, now)).count());
      alerted += raised == null ? 0 : raised;
    }
    return new Pass(overrun, alerted);
  }

  private boolean overrun(UUID id, Instant now) {
    try {
      return Boolean.TRUE.equals(
          transactions.execute(
              status ->
                  store.find(id).map(clock -> overruns.recordIfDue(clock, now)).orElse(false)));
    } catch (RuntimeException e) {
      // Another node recorded it meanwhile (a concurrent step), or the clock stopped: next pass.
      log.debug("Overrun of {} not recorded now: {}", id, e.getMessage());
      return false;
    }
  }

  private boolean alert(UUID id, Instant now) {
    return store
        .claimAlert(id, now)
        .map(
            state -> {
              overruns.alerts().threeQuarters(state, now);
              return true;
            })
        .orElse(false);
  }
}
