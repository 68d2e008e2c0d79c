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
  @Autowired kz.ecase.ledger.persistence.PendingEntries pendingEntries;
  @Autowired kz.ecase.ledger.tree.Integrator integrator;

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
   * transaction inserting one pending entry (the bytes of {@link #event}) of a record of its own,
   * as {@link Ledger#record} does in {@link #appends}, while the integrator sequences them. What
   * {@link #appends} adds on top (Spring's transaction management, JSON and RFC 8785
   * canonicalisation) is the difference.
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
      int writer = w;
      counts.add(
          pool.submit(
              () -> {
                long done = 0;
                while (running.get()) {
                  insertPending("bench/plain-w" + writer + "-" + done, entry);
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

  /**
   * Where {@link #appends} and {@link #plainJdbcTransactions} part: the paths between them run in
   * turns ({@code bench.rounds} rounds of {@code bench.seconds} each, 8 writers), so that a busy
   * machine, the JIT and the growing tables weigh on each alike. {@code ledger}: Ledger#record in
   * TransactionTemplate (distinct records, as {@link #appends}); {@code spring}: the same insert of
   * ready bytes through PendingEntries in TransactionTemplate; {@code jdbc-keys}: plain JDBC with
   * distinct records; {@code jdbc}: plain JDBC, one record (as {@link #plainJdbcTransactions}).
   */
  @Test
  void appendPaths() throws Exception {
    byte[] entry = new EntryFormat(json).recorded(event("plain"));
    java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
    Map<String, java.util.concurrent.Callable<?>> paths = new java.util.LinkedHashMap<>();
    paths.put(
        "ledger",
        () -> transactions.execute(status -> ledger.record(event("p" + ids.incrementAndGet()))));
    paths.put(
        "spring",
        () ->
            transactions.execute(
                status ->
                    pendingEntries.add(
                        new kz.ecase.ledger.persistence.PendingEntries.Pending(
                            0, "bench/p" + ids.incrementAndGet(), "710001", null, entry))));
    paths.put(
        "jdbc-keys",
        () -> {
          insertPending("bench/p" + ids.incrementAndGet(), entry);
          return null;
        });
    paths.put(
        "jdbc",
        () -> {
          insertPending("bench/plain", entry);
          return null;
        });
    for (java.util.concurrent.Callable<?> path : paths.values()) {
      warmUp(path);
    }
    int rounds = Integer.getInteger("bench.rounds", 3);
    Map<String, double[]> rates = new java.util.LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, java.util.concurrent.Callable<?>> path : paths.entrySet()) {
        while (jdbc.sql("select count(*) from ledger_pending").query(Long.class).single() > 0) {
          Thread.sleep(5);
        }
        long cpuBefore = processCpuNanos();
        double[] run = run(path.getValue());
        double rate = run[0];
        rates.computeIfAbsent(path.getKey(), k -> new double[rounds])[round] = rate;
        System.out.printf(
            "%nBENCH path %s round %d: tx/s=%.0f writer-cpu=%.0f µs/tx process-cpu=%.0f µs/tx"
                + " load=%s%n",
            path.getKey(),
            round,
            rate,
            run[1] / 1000,
            (processCpuNanos() - cpuBefore) / run[2] / 1000,
            loadAverage());
      }
    }
    rates.forEach(
        (path, r) ->
            System.out.printf(
                "BENCH path %s: mean tx/s=%.0f%n", path, Arrays.stream(r).average().orElse(0)));
  }

  /**
   * Where the CPU and the WAL of an append go, counted per append rather than per second (so that a
   * busy machine's share of the cores matters less): the writers' JVM threads, the integrator's
   * thread, the rest of the JVM, the PostgreSQL backends of this database (their CPU from {@code
   * /proc}, the server on this machine) and the WAL (pg_stat_wal: the whole server's, so other
   * databases' writes count too; the run reports what it saw). Three phases of {@code
   * bench.seconds}: {@code live} (writers and integrator together, as in {@link #appends}, until
   * the backlog is sequenced), {@code writers} (the integrator stopped: Ledger#record and commit
   * alone) and {@code drain} (the integrator alone sequencing the writers' backlog in full
   * batches). The integrator's live share is {@code live} minus {@code writers}.
   */
  @Test
  void costPerAppend() throws Exception {
    java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.Callable<?> append =
        () -> transactions.execute(status -> ledger.record(event("c" + ids.incrementAndGet())));
    warmUp(append);
    awaitNothingPending();
    long size = entries.size();
    Cost before = cost();
    double[] live = run(append);
    awaitSequenced(size + (long) live[2]);
    report("live", before, cost(), (long) live[2], live[1]);
    integrator.stop();
    long backlog;
    try {
      before = cost();
      double[] writers = run(append);
      report("writers", before, cost(), (long) writers[2], writers[1]);
    } finally {
      // read while nothing sequences: an integrator already at work would have taken some of the
      // backlog into the size, and the wait below would never end
      backlog = pendingEntries.count();
      size = entries.size();
      before = cost();
      integrator.start();
    }
    awaitSequenced(size + backlog);
    report("drain", before, cost(), backlog, 0);
  }

  /**
   * The integrator alone with a backlog ({@code bench.backlog} entries, 50 000 by default, written
   * in one statement while it is stopped): sequences the first half with nothing else open in the
   * database, the second half while another connection holds a snapshot taken before it (as a long
   * report, a backup or a slow transaction would), batch by batch on this thread. Prints per entry
   * the CPU of this database's backends, of the sequencing thread and the wall time.
   */
  @Test
  void integratorBacklog() throws Exception {
    int backlog = Integer.getInteger("bench.backlog", 50_000);
    byte[] entry = new EntryFormat(json).recorded(event("backlog"));
    integrator.stop();
    try {
      awaitNothingPending();
      String prefix = "bench/backlog-" + System.nanoTime() + "-";
      jdbc.sql(
              """
              insert into ledger_pending (record_key, unit, subject, entry)
              select :prefix || g, '710001', null, :entry from generate_series(1, :n) g
              """)
          .param("prefix", prefix)
          .param("entry", entry)
          .param("n", backlog)
          .update();
      sequenceTimed("alone", backlog / 2);
      try (Connection snapshot = dataSource.getConnection()) {
        snapshot.setAutoCommit(false);
        snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (PreparedStatement read =
                snapshot.prepareStatement("select count(*) from ledger_nodes");
            ResultSet rs = read.executeQuery()) {
          rs.next();
        }
        sequenceTimed("snapshot-open", backlog - backlog / 2);
        snapshot.rollback();
      }
    } finally {
      integrator.start();
    }
  }

  private void sequenceTimed(String phase, int entries) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    Cost before = cost();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int done = 0;
    int batches = 0;
    while (done < entries) {
      int sequenced = integrator.integrateBatch();
      if (sequenced == 0) {
        break;
      }
      done += sequenced;
      batches++;
    }
    double wall = (System.nanoTime() - start) / 1000.0;
    double thread = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0;
    Cost after = cost();
    long ticks = 0;
    for (Map.Entry<Integer, Long> backend : after.backendTicks().entrySet()) {
      ticks += backend.getValue() - before.backendTicks().getOrDefault(backend.getKey(), 0L);
    }
    System.out.printf(
        "%nBENCH integrator backlog %s: entries=%d batches=%d µs/entry: backends=%.0f"
            + " sequencing-thread=%.0f wall=%.0f | ms/batch=%.1f load=%s%n",
        phase,
        done,
        batches,
        ticks * 10_000.0 / done,
        thread / done,
        wall / done,
        wall / 1000 / batches,
        loadAverage());
  }

  /**
   * Waits until the tree has {@code size} entries: reads its size ({@code max(idx)}, one index
   * probe), not the pending count, whose {@code count(*)} reads all of {@code ledger_pending}, dead
   * rows included (about 35 ms of a backend's CPU with 80 000 pending: polled every 5 ms, it was
   * most of what a drain cost the backends).
   */
  private void awaitSequenced(long size) throws InterruptedException {
    while (entries.size() < size) {
      Thread.sleep(5);
    }
  }

  private void awaitNothingPending() throws InterruptedException {
    while (pendingEntries.count() > 0) {
      Thread.sleep(5);
    }
  }

  /** Counters of a moment: CPU in nanoseconds, WAL from pg_stat_wal, commits of this database. */
  private record Cost(
      long process,
      long integratorThread,
      long walBytes,
      long walRecords,
      long walFpi,
      String lsn,
      long commits,
      Map<Integer, Long> backendTicks) {}

  private Cost cost() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long integratorCpu =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("ledger-integrator") && t.isAlive())
            .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId())))
            .sum();
    Map<Integer, Long> ticks = new java.util.HashMap<>();
    for (Integer pid :
        jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
            .query(Integer.class)
            .list()) {
      try {
        String stat =
            java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime, stime
      } catch (java.io.IOException | RuntimeException e) {
        // the backend ended, or the server is on another machine
      }
    }
    Map<String, Object> wal =
        jdbc.sql(
                "select w.wal_bytes::bigint as bytes, w.wal_records as records, w.wal_fpi as fpi,"
                    + " pg_current_wal_insert_lsn()::text as lsn,"
                    + " d.xact_commit as commits from pg_stat_wal w, pg_stat_database d"
                    + " where d.datname = current_database()")
            .query()
            .singleRow();
    return new Cost(
        processCpuNanos(),
        integratorCpu,
        ((Number) wal.get("bytes")).longValue(),
        ((Number) wal.get("records")).longValue(),
        ((Number) wal.get("fpi")).longValue(),
        (String) wal.get("lsn"),
        ((Number) wal.get("commits")).longValue(),
        ticks);
  }

  private void report(String phase, Cost from, Cost to, long appends, double writerNanos) {
    long ticks = 0;
    for (Map.Entry<Integer, Long> backend : to.backendTicks().entrySet()) {
      ticks += backend.getValue() - from.backendTicks().getOrDefault(backend.getKey(), 0L);
    }
    double backendsMicros = ticks * 10_000.0 / appends; // 100 ticks a second
    double process = (to.process() - from.process()) / 1000.0 / appends;
    double integratorThread = (to.integratorThread() - from.integratorThread()) / 1000.0 / appends;
    System.out.printf(
        "%nBENCH cost %s: appends=%d µs/append: writers=%.0f integrator=%.0f jvm-other=%.0f"
            + " backends=%.0f | server WAL/append: bytes=%.0f records=%.2f fpi=%.3f |"
            + " this database's WAL/append: %s | commits/append=%.2f load=%s%n",
        phase,
        appends,
        writerNanos / 1000,
        integratorThread,
        process - writerNanos / 1000 - integratorThread,
        backendsMicros,
        (double) (to.walBytes() - from.walBytes()) / appends,
        (double) (to.walRecords() - from.walRecords()) / appends,
        (double) (to.walFpi() - from.walFpi()) / appends,
        walOfThisDatabase(from.lsn(), to.lsn(), appends),
        (double) (to.commits() - from.commits()) / appends,
        loadAverage());
  }

  /**
   * The WAL this database's work wrote between two positions (pg_walinspect, PostgreSQL 15: the
   * records that name a block of this database, autovacuum's included, and the commit records of
   * the transactions that wrote them), per append; "n/a" without the extension or the right to it.
   * (pg_walinspect reads only WAL already flushed: the end is the flushed position at most.)
   */
  private String walOfThisDatabase(String from, String to, long appends) {
    try {
      Map<String, Object> wal =
          jdbc.sql(
                  """
                  with r as (select * from pg_get_wal_records_info(cast(:from as pg_lsn),
                    least(cast(:to as pg_lsn), pg_current_wal_flush_lsn()))),
                  db as (select '%/' || oid || '/%' as pattern from pg_database
                         where datname = current_database()),
                  mine as (select r.* from r, db where r.block_ref like db.pattern),
                  commits as (select r.* from r where r.resource_manager = 'Transaction'
                              and r.xid in (select xid from mine where xid <> '0'))
                  select coalesce(sum(record_length), 0) as bytes, count(*) as records,
                    count(*) filter (where fpi_length > 0) as fpi
                  from (select * from mine union all select * from commits) w
                  """)
              .param("from", from)
              .param("to", to)
              .query()
              .singleRow();
      return String.format(
          "bytes=%.0f records=%.2f fpi=%.3f",
          ((Number) wal.get("bytes")).doubleValue() / appends,
          ((Number) wal.get("records")).doubleValue() / appends,
          ((Number) wal.get("fpi")).doubleValue() / appends);
    } catch (RuntimeException e) {
      return "n/a (" + e.getClass().getSimpleName() + ")";
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Runs the task on the writers: {transactions/s, writers' CPU ns per transaction, count}. */
  private static double[] run(java.util.concurrent.Callable<?> task) throws Exception {
    int writers = Integer.getInteger("bench.writers", 8);
    Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Long>> counts = new ArrayList<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    Instant start = Instant.now();
    for (int w = 0; w < writers; w++) {
      counts.add(
          pool.submit(
              () -> {
                long done = 0;
                long cpu = threads.getCurrentThreadCpuTime();
                while (running.get()) {
                  task.call();
                  done++;
                }
                cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu);
                return done;
              }));
    }
    Thread.sleep(duration.toMillis());
    running.set(false);
    long committed = 0;
    for (Future<Long> count : counts) {
      committed += count.get();
    }
    double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    pool.shutdown();
    return new double[] {committed / seconds, (double) cpuNanos.get() / committed, committed};
  }

  private void insertPending(byte[] entry) throws SQLException {
    insertPending("bench/plain", entry);
  }

  private void insertPending(String recordKey, byte[] entry) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ledger_pending (record_key, unit, subject, entry)"
                  + " values (?, ?, null, ?) returning id")) {
        insert.setString(1, recordKey);
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
