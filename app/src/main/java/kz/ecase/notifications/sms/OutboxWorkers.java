package kz.ecase.notifications.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off an outbox queue whose every row waits on the network (the population register, the
 * gateway): claims batch after batch while they come back full, and handles the rows of a batch
 * side by side on a bounded pool of threads. Handling one row after another managed only 1 /
 * (latency) rows a second; the rows of a claim are leased to this instance alone, so handling them
 * at once handles none twice.
 */
final class OutboxWorkers implements AutoCloseable {

  /** Batches claimed in one go at most, so that a poll ends now and then even under load. */
  static final int MAX_ROUNDS = 50;

  private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

  private final String name;
  private final ExecutorService pool;
  private final Duration drain;
  private volatile boolean closed;

  /**
   * @param name the threads' name, e.g. {@code sms-send}
   * @param concurrency rows handled at the same time
   * @param drain how long {@link #close} waits for the rows under way
   */
  OutboxWorkers(String name, int concurrency, Duration drain) {
    this.name = name;
    this.drain = drain;
    AtomicInteger count = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            concurrency,
            task -> {
              Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  boolean closed() {
    return closed;
  }

  /**
   * Claims and handles batches until one comes back short of {@code batchSize} (or {@link
   * #MAX_ROUNDS} were claimed, or this is closed); returns how many rows were claimed. A row whose
   * handling broke off (the database gone, shutting down) stays leased and is due again when its
   * lease ends.
   */
  <T> int workOff(Supplier<List<T>> claim, Consumer<T> handle, int batchSize) {
    int total = 0;
    for (int round = 0; round < MAX_ROUNDS && !closed; round++) {
      List<T> batch = claim.get();
      handleAll(batch, handle);
      total += batch.size();
      if (batch.size() < batchSize) {
        break;
      }
    }
    return total;
  }

  private <T> void handleAll(List<T> batch, Consumer<T> handle) {
    List<Future<?>> running = new ArrayList<>(batch.size());
    try {
      for (T row : batch) {
        running.add(pool.submit(() -> handle.accept(row)));
      }
    } catch (RejectedExecutionException e) {
      log.info(
          "{}: stopping, {} claimed rows are due again when their lease ends",
          name,
          batch.size() - running.size());
    }
    for (Future<?> handling : running) {
      try {
        handling.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        log.warn(
            "{}: a claimed row is due again when its lease ends: {}",
            name,
            e.getCause().toString());
      }
    }
  }

  /** Claims no more, and lets the rows under way finish and record their outcome. */
  @Override
  public void close() {
    closed = true;
    pool.shutdown();
    try {
      if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
