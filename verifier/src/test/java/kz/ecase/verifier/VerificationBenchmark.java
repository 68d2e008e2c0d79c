package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import kz.ecase.merkle.NoteSigner;
import kz.ecase.merkle.NoteVerifier;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks, not tests (the suite never runs them): a full audit of a ledger database, and of an
 * export file of a made-up ledger, against the machine's own limit, raw SHA-256 in the same JVM.
 * See docs/BENCHMARKS.md for the commands.
 */
class VerificationBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void fullAuditVersusRawSha256() throws Exception {
    String url = System.getProperty("bench.url");
    assumeTrue(url != null, "set -Dbench.url, -Dbench.user and -Dbench.key");
    NoteVerifier key = NoteVerifier.fromVerifierKey(System.getProperty("bench.key"));

    long start = System.nanoTime();
    Report report;
    long bytes;
    try (DatabaseSource source =
        DatabaseSource.open(url, System.getProperty("bench.user"), "", null)) {
      report = LedgerAudit.run(source, key, List.of());
      bytes = source.bytesRead();
    }
    double auditSeconds = (System.nanoTime() - start) / 1e9;

    int messageSize = Integer.getInteger("bench.message", 300);
    double rawSmall = sha256MegabytesPerSecond(messageSize);
    double rawLarge = sha256MegabytesPerSecond(1 << 20);
    double audit = bytes / 1e6 / auditSeconds;
    System.out.printf(
        "%nBENCH audit: %s%nBENCH audit: %.1f s, %.0f MB read, %.1f MB/s%n"
            + "BENCH raw SHA-256: %.1f MB/s on %d-byte messages, %.1f MB/s on 1 MiB buffers%n"
            + "BENCH ratio: audit / raw SHA-256 (%d-byte messages) = %.2f%n",
        report.summary(),
        auditSeconds,
        bytes / 1e6,
        audit,
        rawSmall,
        messageSize,
        rawLarge,
        messageSize,
        audit / rawSmall);
  }

  @Test
  void exportAuditVersusRawSha256() throws Exception {
    assumeTrue(Boolean.getBoolean("bench.export"), "set -Dbench.export=true");
    long entries = Long.getLong("bench.entries", 10_000_000);
    Path directory = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
    Path file = Files.createTempFile(directory, "ecase-bench-", ".export");
    NoteSigner key = NoteSigner.generate(SyntheticLedger.ORIGIN);
    try {
      long start = System.nanoTime();
      SyntheticLedger ledger = new SyntheticLedger(entries, 1 << 20, key, 2026);
      try (OutputStream out = Files.newOutputStream(file)) {
        ExportFile.write(ledger, out, Progress.silent());
      }
      double writeSeconds = (System.nanoTime() - start) / 1e9;
      long fileBytes = Files.size(file);

      int messageSize = Integer.getInteger("bench.message", 300);
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      double rawBefore = sha256MegabytesPerSecond(messageSize);

      start = System.nanoTime();
      Report report;
      try (ExportFile source = ExportFile.open(file)) {
        report =
            LedgerAudit.run(
                source,
                key.verifier(),
                List.of(ledger.firstCheckpoint()),
                Progress.to(System.err, "checked"));
      }
      double auditSeconds = (System.nanoTime() - start) / 1e9;

      int fastRuns = Integer.getInteger("bench.fastRuns", 3);
      double[] fastSeconds = new double[fastRuns];
      double[] fastCpu = new double[fastRuns];
      double[] fastCpuInOrder = new double[fastRuns];
      FastAudit.Result fast = null;
      for (int run = 0; run < fastRuns; run++) {
        long cpu = processCpuNanos();
        long inOrder = THREADS.getCurrentThreadCpuTime();
        start = System.nanoTime();
        fast = FastAudit.run(file, key.verifier(), List.of(ledger.firstCheckpoint()));
        fastSeconds[run] = (System.nanoTime() - start) / 1e9;
        fastCpuInOrder[run] = (THREADS.getCurrentThreadCpuTime() - inOrder) / 1e9;
        fastCpu[run] = (processCpuNanos() - cpu) / 1e9;
      }
      long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      double rawAfter = sha256MegabytesPerSecond(messageSize);
      double rawCpu = sha256MegabytesPerCpuSecond(messageSize);
      double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

      double raw = (rawBefore + rawAfter) / 2;
      double fileMegabytes = fileBytes / 1e6;
      double entryMegabytes = ledger.entryBytes() / 1e6;
      System.out.printf(
          "%nBENCH export: %d entries about %d records, %.0f bytes per entry, file %.0f MB"
              + " (entries %.0f MB), written in %.1f s%n"
              + "BENCH load average (1 min): %.2f before, %.2f after; %d processors%n"
              + "BENCH raw SHA-256, one thread, %d-byte messages: %.1f MB/s before, %.1f after,"
              + " mean %.1f%n"
              + "BENCH reference audit (LedgerAudit): %s%n"
              + "BENCH reference audit: %.2f s, %.1f MB/s of file, %.1f MB/s of entries;"
              + " ratio to raw SHA-256 %.2f (file bytes), %.2f (entry bytes)%n",
          entries,
          ledger.records(),
          ledger.entryBytes() / (double) entries,
          fileMegabytes,
          entryMegabytes,
          writeSeconds,
          load,
          loadAfter,
          Runtime.getRuntime().availableProcessors(),
          messageSize,
          rawBefore,
          rawAfter,
          raw,
          report.summary(),
          auditSeconds,
          fileMegabytes / auditSeconds,
          entryMegabytes / auditSeconds,
          fileMegabytes / auditSeconds / raw,
          entryMegabytes / auditSeconds / raw);
      System.out.printf(
          "BENCH fast path (FastAudit, everything): %s%n",
          fast.shown() ? fast.report().summary() : "NOT shown: " + fast.reason());
      for (int run = 0; run < fastRuns; run++) {
        System.out.printf(
            "BENCH fast path run %d: %.3f s, %.1f MB/s of file, %.1f MB/s of entries;"
                + " ratio to raw SHA-256 %.2f (file bytes), %.2f (entry bytes)%n",
            run + 1,
            fastSeconds[run],
            fileMegabytes / fastSeconds[run],
            entryMegabytes / fastSeconds[run],
            fileMegabytes / fastSeconds[run] / raw,
            entryMegabytes / fastSeconds[run] / raw);
        // CPU time, which a busy machine changes less than wall time: the run's lower bound on
        // two free cores is the larger of half its CPU time and its in-order thread's
        double bound = Math.max(fastCpu[run] / 2, fastCpuInOrder[run]);
        System.out.printf(
            "BENCH fast path run %d CPU: %.3f s in all threads of the JVM, %.3f s in the in-order"
                + " thread; on 2 free cores at best %.3f s: ratio to raw SHA-256 by CPU time"
                + " (%.1f MB per CPU second) %.2f (file bytes), %.2f (entry bytes)%n",
            run + 1,
            fastCpu[run],
            fastCpuInOrder[run],
            bound,
            rawCpu,
            fileMegabytes / bound / rawCpu,
            entryMegabytes / bound / rawCpu);
      }
      System.out.printf(
          "BENCH heap in use %d MB of %d MB%n",
          heapUsed >> 20, Runtime.getRuntime().maxMemory() >> 20);
      assertThat(report.verified()).isTrue();
      assertThat(fast.shown()).isTrue();
      assertThat(fast.report().summary()).isEqualTo(report.summary());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Raw SHA-256 on one thread for 3 s: MB per second of its thread's CPU time. */
  private static double sha256MegabytesPerCpuSecond(int size) throws Exception {
    return sha256(size, true);
  }

  /** Raw SHA-256 on one thread for 3 s: MB per second of wall time. */
  private static double sha256MegabytesPerSecond(int size) throws Exception {
    return sha256(size, false);
  }

  private static double sha256(int size, boolean byCpu) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    byte[] message = new byte[size];
    long hashed = 0;
    long start = System.nanoTime();
    long deadline = start + 3_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 1000; i++) {
        message[0] = (byte) i;
        sha256.update((byte) 0);
        sha256.update(message);
        message[1] = sha256.digest()[0];
      }
      hashed += 1000L * (size + 1);
    }
    long elapsed = byCpu ? THREADS.getCurrentThreadCpuTime() - cpu : System.nanoTime() - start;
    return hashed / 1e6 / (elapsed / 1e9);
  }
}
