package kz.ecase.verifier;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entries of a source as {@link ExaminedBatch}es, in order: the audit's thread reads each batch
 * from the source, and worker threads, one per processor, examine it while the audit checks the
 * batches before. A few batches are in flight at most, so memory stays bounded; the source is only
 * ever used from the audit's thread.
 */
final class ExaminedEntries implements AutoCloseable {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final EntrySource source;
  private final ExecutorService workers;
  private final int maxInFlight;
  private final Queue<Future<ExaminedBatch>> inFlight = new ArrayDeque<>();
  private long position;
  private boolean ended;

  ExaminedEntries(EntrySource source) {
    this(source, Runtime.getRuntime().availableProcessors());
  }

  ExaminedEntries(EntrySource source, int workerCount) {
    this.source = source;
    this.maxInFlight = workerCount + 2;
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            workerCount,
            task -> {
              Thread thread =
                  new Thread(task, "ledger-audit-" + pool + "-worker-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The next batch, examined, or null after the last entry. */
  ExaminedBatch next() throws IOException {
    while (!ended && inFlight.size() < maxInFlight) {
      ExaminedBatch batch = read();
      if (batch.size() > 0) {
        inFlight.add(workers.submit(batch::examine));
      }
      ended = !batch.isFull();
    }
    Future<ExaminedBatch> oldest = inFlight.poll();
    if (oldest == null) {
      return null;
    }
    return Answers.of(oldest);
  }

  private ExaminedBatch read() throws IOException {
    ExaminedBatch batch = new ExaminedBatch(position);
    while (!batch.isFull()) {
      StoredEntry row = source.nextEntry();
      if (row == null) {
        break;
      }
      batch.add(row);
    }
    position += batch.size();
    return batch;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
