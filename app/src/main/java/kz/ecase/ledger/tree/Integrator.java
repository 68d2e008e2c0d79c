package kz.ecase.ledger.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.ecase.ledger.LedgerProperties;
import kz.ecase.ledger.domain.EntryFormat;
import kz.ecase.ledger.domain.RightEdge;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.LedgerEntries.StoredEntry;
import kz.ecase.ledger.persistence.PendingEntries;
import kz.ecase.ledger.persistence.PendingEntries.Pending;
import kz.ecase.ledger.persistence.TreeNodes;
import kz.ecase.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single writer of the tree: takes pending entries in batches, gives them the next gap-free
 * indexes, completes their records' chains ({@code previous}), hashes them into the tree and stores
 * the completed nodes, all in one transaction under a database-wide lock, so that two instances
 * never sequence at once.
 */
@Component
public class Integrator implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Integrator.class);
  private static final long LOCK = 0x65636173654c4730L; // "ecaseLG0"

  private final PendingEntries pending;
  private final LedgerEntries entries;
  private final TreeNodes nodes;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final LedgerProperties properties;
  private volatile RightEdge edge;
  private volatile Thread worker;
  private final Object signal = new Object();
  private volatile boolean woken;

  Integrator(
      PendingEntries pending,
      LedgerEntries entries,
      TreeNodes nodes,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      LedgerProperties properties) {
    this.pending = pending;
    this.entries = entries;
    this.nodes = nodes;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.properties = properties;
  }

  /** Sequences one batch; returns how many entries it sequenced (0 when none or locked out). */
  public int integrateBatch() {
    RightEdge[] after = new RightEdge[1];
    Integer count = transactions.execute(status -> sequence(after));
    if (after[0] != null) {
      edge = after[0];
    }
    return count == null ? 0 : count;
  }

  private int sequence(RightEdge[] after) {
    boolean mine =
        jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
            .param("lock", LOCK)
            .query(Boolean.class)
            .single();
    if (!mine) {
      return 0;
    }
    PendingEntries.Batch batch = pending.take(properties.batchSize());
    if (batch.entries().isEmpty()) {
      return 0;
    }
    RightEdge tree = currentEdge(batch.treeSize());
    Map<String, Long> latest = batch.latest();
    List<StoredEntry> sequenced = new ArrayList<>(batch.entries().size());
    List<RightEdge.Node> completed = new ArrayList<>();
    for (Pending entry : batch.entries()) {
      long index = tree.size();
      byte[] bytes = EntryFormat.withPrevious(entry.entry(), latest.get(entry.recordKey()));
      Hash leaf = Hash.leaf(bytes);
      completed.addAll(tree.append(leaf));
      latest.put(entry.recordKey(), index);
      sequenced.add(
          new StoredEntry(
              index,
              entry.recordKey(),
              entry.unit(),
              entry.subject(),
              bytes,
              leaf.bytes(),
              entry.id()));
    }
    entries.addAll(sequenced, completed);
    after[0] = tree;
    return sequenced.size();
  }

  /** The cached edge when it is still the tree's, otherwise read again (another instance wrote). */
  private RightEdge currentEdge(long size) {
    RightEdge cached = edge;
    if (cached != null && cached.size() == size) {
      return cached.copy();
    }
    return RightEdge.of(size, (level, index) -> readOne(level, index));
  }

  private Hash readOne(int level, long index) {
    TreeNodes.Address address = new TreeNodes.Address(level, index);
    Hash hash = nodes.read(java.util.Set.of(address)).get(address);
    if (hash == null) {
      throw new IllegalStateException("The ledger lacks the subtree " + address);
    }
    return hash;
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::run, "ledger-integrator");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  private void run() {
    while (worker == Thread.currentThread()) {
      try {
        int sequenced = integrateBatch();
        if (sequenced == 0) {
          if (awaitWork()) {
            Thread.sleep(
                properties.linger().toMillis()); // let the commits of the next moments join
          }
        } else if (sequenced < properties.batchSize()) {
          Thread.sleep(properties.linger().toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.error("Ledger integration failed; retrying", e);
        edge = null;
        sleepQuietly();
      }
    }
  }

  /**
   * Called after a commit that recorded entries: sequence them now rather than at the next poll.
   */
  public void wakeUp() {
    if (woken) {
      return; // a wake-up is pending: the batch it starts reads this commit's entries too
    }
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /**
   * Waits for a local commit or the poll interval, whichever comes first (entries committed by
   * another instance are found by polling); true when a local commit woke it.
   */
  private boolean awaitWork() throws InterruptedException {
    synchronized (signal) {
      if (!woken) {
        signal.wait(properties.pollInterval().toMillis());
      }
      boolean wokenUp = woken;
      woken = false;
      return wokenUp;
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    Thread thread = worker;
    worker = null;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return worker != null;
  }
}
