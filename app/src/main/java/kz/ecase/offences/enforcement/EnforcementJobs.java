package kz.ecase.offences.enforcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs enforcement's three jobs on the real clock, each at a fixed delay on a thread of its own:
 * the sweep for decisions due, the dispatcher of the outbox, the check of open cases. Their own
 * threads, not Spring's shared scheduler, so that a slow or hanging AIS BEP never delays the
 * ledger's checkpoints or the other modules' jobs (nor one enforcement job the others).
 */
class EnforcementJobs implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EnforcementJobs.class);

  /** One job: its name, how long between runs, what it does at a moment. */
  record Job(String name, Duration interval, Consumer<Instant> run) {}

  private final Clock clock;
  private final Job[] jobs;
  private ScheduledExecutorService threads;

  EnforcementJobs(Clock clock, Job... jobs) {
    this.clock = clock;
    this.jobs = jobs.clone();
  }

  @Override
  public synchronized void start() {
    AtomicInteger count = new AtomicInteger();
    threads =
        Executors.newScheduledThreadPool(
            jobs.length,
            task -> {
              Thread thread = new Thread(task, "enforcement-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    for (Job job : jobs) {
      long millis = job.interval().toMillis();
      threads.scheduleWithFixedDelay(() -> run(job), millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  private void run(Job job) {
    try {
      job.run().accept(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Enforcement {} failed: {}", job.name(), e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (threads != null) {
      threads.shutdownNow();
      threads = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return threads != null;
  }
}
