package kz.ecase.procedure;

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
 * Runs the jobs of a module that talks to an external system through an outbox (the dispatcher, the
 * sweeps and status checks around it) on the real clock, each at a fixed delay on a thread of its
 * own. Their own threads, not Spring's shared scheduler, so that a slow or hanging external system
 * never delays the ledger's checkpoints or the other modules' jobs (nor one job the others).
 * Enforcement (AIS BEP) and the court of criminal cases run on it.
 */
public final class OutboxJobs implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxJobs.class);

  /** One job: its name, how long between runs, what it does at a moment. */
  public record Job(String name, Duration interval, Consumer<Instant> run) {}

  private final String name;
  private final Clock clock;
  private final Job[] jobs;
  private ScheduledExecutorService threads;

  /**
   * @param name the threads' and log's name of the jobs' owner, e.g. {@code enforcement}
   */
  public OutboxJobs(String name, Clock clock, Job... jobs) {
    this.name = name;
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
              Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
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
      log.warn("{} {} failed: {}", name, job.name(), e.toString());
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
