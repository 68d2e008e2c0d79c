package kz.ecase.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import javax.sql.DataSource;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.domain.EntryFormat;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.tree.CheckpointPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmarks, not tests: run one at a time against a PostgreSQL server (see docs/BENCHMARKS.md),
 * e.g. {@code ./mvnw -pl app test -Dtest=LedgerBenchmark#appends}. They print numbers and assert
 * nothing about time; the suite never runs them (the class name matches no test pattern).
 */
@EcaseIntegrationTest
class LedgerBenchmark {

  @Autowired Ledger ledger;
  @Autowired LedgerEntries entries;
  @Autowired CheckpointPublisher checkpoints;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired JsonMapper json;

  /**
   * Runs the task on {@code bench.writers} threads for {@code bench.warmup} seconds (5 by default)
   * and throws the count away: JUnit runs the benchmarks in an order of its own, and the first
   * would otherwise pay for the JIT compiling the paths the others share.
   */
  private static void warmUp(java.util.concurrent.Callable<?> task) throws Exception {
    int writers = Integer.getInteger("bench.writers", 8);
    long deadline = System.nanoTime() + Long.getLong("bench.warmup", 5) * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      done.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  task.call();
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  /** Sustained appends by concurrent writers, each a durable transaction of its own. */
  @Test
  void appends() throws Exception {
    int writers = Integer.getInteger("bench.writers", 8);
    Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    warmUp(
        () -> transactions.execute(status -> ledger.record(event("warm-up-" + System.nanoTime()))));
    while (jdbc.sql("select count(*) from ledger_pending").query(Long.class).single() > 0) {
      Thread.sleep(5); // the warm-up's entries (and any earlier benchmark's) sequenced first
    }
    long sizeBefore = entries.size();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Long>> counts = new ArrayList<>();
    Instant start = Instant.now();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      counts.add(
          pool.submit(
              () -> {
                long done = 0;
                while (running.get()) {
                  String id = "w" + writer + "-" + done;
                  transactions.executeWithoutResult(status -> ledger.record(event(id)));
                  done++;
                }
                return done;
              }));
    }
    Thread.sleep(duration.toMillis());
    running.set(false);
    long appended = 0;
    for (Future<Long> count : counts) {
      appended += count.get();
    }
    double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    pool.shutdown();
    long sequencedAtEnd = entries.size() - sizeBefore;
    Instant drainStart = Instant.now();
    while (entries.size() - sizeBefore < appended) {
      Thread.sleep(5);
    }
    double drain = Duration.between(drainStart, Instant.now()).toMillis();
    System.out.printf(
        "%nBENCH appends: writers=%d seconds=%.1f appended=%d appends/s=%.0f"
            + " sequenced-during-run=%d backlog-drained-in=%.0f ms%n",
        writers, seconds, appended, appended / seconds, sequencedAtEnd, drain);
  }

  /**
   * The same transactions without ecase: plain JDBC on the application's pool, each a durable
   * transaction inserting one pending entry (the bytes of {@link #event}) as {@link Ledger#record}
   * does, while the integrator sequences them. What {@link #appends} adds on top (Spring's
   * transaction management, JSON and RFC 8785 canonicalisation) is the difference.
   */
  @Test
  void plainJdbcTransactions() throws Exception {
    int writers = Integer.getInteger("bench.writers", 8);
    Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    byte[] entry = new EntryFormat(json).recorded(event("plain"));
    warmUp(
        () -> {
          insertPending(entry);
          return null;
        });
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Long>> counts = new ArrayList<>();
    Instant start = Instant.now();
    for (int w = 0; w < writers; w++) {
      counts.add(
          pool.submit(
              () -> {
                long done = 0;
                while (running.get()) {
                  insertPending(entry);
                  done++;
                }
                return done;
              }));
    }
    Thread.sleep(duration.toMillis());
    running.set(false);
    long appended = 0;
    for (Future<Long> count : counts) {
      appended += count.get();
    }
    double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    pool.shutdown();
    System.out.printf(
        "%nBENCH plain JDBC transactions: writers=%d seconds=%.1f committed=%d tx/s=%.0f%n",
        writers, seconds, appended, appended / seconds);
  }

  private void insertPending(byte[] entry) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ledger_pending (record_key, unit, subject, entry)"
                  + " values (?, ?, null, ?) returning id")) {
        insert.setString(1, "bench/plain");
        insert.setString(2, "710001");
        insert.setBytes(3, entry);
        try (ResultSet id = insert.executeQuery()) {
          id.next();
        }
      }
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  /** Time from commit to ledger index, one writer at a time. */
  @Test
  void sequencingLatency() {
    int samples = Integer.getInteger("bench.samples", 300);
    long[] micros = new long[samples];
    for (int i = 0; i < samples; i++) {
      String id = "latency-" + System.nanoTime();
      long receipt = transactions.execute(status -> ledger.record(event(id)));
      long start = System.nanoTime();
      while (ledger.indexOf(receipt).isEmpty()) {
        LockSupport.parkNanos(200_000);
      }
      micros[i] = (System.nanoTime() - start) / 1000;
    }
    report("commit-to-index", micros);
  }

  /** Inclusion and consistency proofs over the whole stored tree, one database round trip each. */
  @Test
  void proofs() {
    int samples = Integer.getInteger("bench.samples", 5000);
    long size = checkpoints.latest().treeSize();
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
    for (int i = 0; i < 2000; i++) { // warm-up: JIT, statement cache, upper levels
      long index = random.nextLong(size);
      checkpoints.withTree(size, tree -> tree.inclusionProof(index, size));
    }
    long[] inclusion = new long[samples];
    long[] consistency = new long[samples];
    for (int i = 0; i < samples; i++) {
      long index = random.nextLong(size);
      long start = System.nanoTime();
      checkpoints.withTree(size, tree -> tree.inclusionProof(index, size));
      inclusion[i] = (System.nanoTime() - start) / 1000;
      long from = 1 + random.nextLong(size - 1);
      start = System.nanoTime();
      checkpoints.withTree(size, tree -> tree.consistencyProof(from, size));
      consistency[i] = (System.nanoTime() - start) / 1000;
    }
    System.out.printf("%nBENCH proofs at tree size %d%n", size);
    report("inclusion", inclusion);
    report("consistency", consistency);
  }

  private static LedgerEvent event(String id) {
    return new LedgerEvent(
        "bench.Appended",
        new RecordRef("bench", id),
        "officer",
        UnitCode.of("710001"),
        null,
        Instant.parse("2026-11-23T10:15:30Z"),
        Map.of("article", "610-1", "fine", 17_300, "place", "Astana, Mangilik El 8"),
        List.of());
  }

  private static void report(String what, long[] micros) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "BENCH %s: n=%d p50=%d µs p90=%d µs p99=%d µs max=%d µs%n",
        what,
        sorted.length,
        sorted[sorted.length / 2],
        sorted[(int) (sorted.length * 0.9)],
        sorted[(int) (sorted.length * 0.99)],
        sorted[sorted.length - 1]);
  }
}
