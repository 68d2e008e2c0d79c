package kz.ecase.notifications.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off an outbox queue whose every row waits on the network (the population register, the
 * gateway): claims batch after batch while they come back full, and lets the handler of a batch
 * make the network calls of its rows side by side on a bounded pool of threads ({@link #each}),
 * while it writes the batch's outcome to the database in one go. Handling one row after another
 * managed only 1 / (latency) rows a second; and a database write per row made every row wait for a
 * pooled connection under load. The rows of a claim are leased to this instance alone, so handling
 * them at once handles none twice.
 */
final class OutboxWorkers implements AutoCloseable {

  /** Batches claimed in one go at most, so that a poll ends now and then even under load. */
  static final int MAX_ROUNDS = 50;

  private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

  private final String name;
  private final ExecutorService pool;
  private final Duration drain;

  /** Held (shared) while batches are worked off; {@link #close} waits for it exclusively. */
  private final ReadWriteLock working = new ReentrantReadWriteLock();

  private volatile boolean closed;

  /**
   * @param name the threads' name, e.g. {@code sms-send}
   * @param concurrency network calls made at the same time
   * @param drain how long {@link #close} waits for the batch under way
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
   * #MAX_ROUNDS} were claimed, or this is closed); returns how many rows were claimed. The rows of
   * a batch whose handling broke off (the database gone) stay leased and are due again when their
   * lease ends.
   */
  <T> int workOff(Supplier<List<T>> claim, Consumer<List<T>> handle, int batchSize) {
    working.readLock().lock();
    try {
      int total = 0;
      for (int round = 0; round < MAX_ROUNDS && !closed; round++) {
        List<T> batch = claim.get();
        total += batch.size();
        if (!batch.isEmpty()) {
          try {
            handle.accept(batch);
          } catch (RuntimeException e) {
            log.warn(
                "{}: {} claimed rows are due again when their lease ends: {}",
                name,
                batch.size(),
                e.toString());
            break;
          }
        }
        if (batch.size() < batchSize) {
          break;
        }
      }
      return total;
    } finally {
      working.readLock().unlock();
    }
  }

  /**
   * Applies {@code call} to every row side by side (as many at once as the pool has threads) and
   * returns the results in the rows' order; empty where the call broke off (logged) or could not
   * start (shutting down): such a row stays leased and is due again when its lease ends.
   */
  <T, R> List<Optional<R>> each(List<T> rows, Function<T, R> call) {
    List<Future<R>> running = new ArrayList<>(rows.size());
    try {
      for (T row : rows) {
        running.add(pool.submit(() -> call.apply(row)));
      }
    } catch (RejectedExecutionException e) {
      log.info(
          "{}: stopping, {} claimed rows are due again when their lease ends",
          name,
          rows.size() - running.size());
    }
    List<Optional<R>> results = new ArrayList<>(rows.size());
    for (Future<R> future : running) {
      results.add(result(future));
    }
    while (results.size() < rows.size()) {
      results.add(Optional.empty());
    }
    return results;
  }

  private <R> Optional<R> result(Future<R> running) {
    try {
      return Optional.ofNullable(running.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.cancel(true);
      return Optional.empty();
    } catch (ExecutionException e) {
      log.warn(
          "{}: a claimed row is due again when its lease ends: {}", name, e.getCause().toString());
      return Optional.empty();
    }
  }

  /**
   * Claims no more, lets the batch under way finish and record its outcome (waiting at most the
   * drain time), then stops the threads.
   */
  @Override
  public void close() {
    closed = true;
    boolean finished = false;
    try {
      finished = working.writeLock().tryLock(drain.toMillis(), TimeUnit.MILLISECONDS);
      pool.shutdown();
      if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      if (finished) {
        working.writeLock().unlock();
      }
    }
  }
}
