package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
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

      start = System.nanoTime();
      FastTreeCheck.Result fast =
          FastTreeCheck.run(file, key.verifier(), List.of(ledger.firstCheckpoint()));
      double fastSeconds = (System.nanoTime() - start) / 1e9;
      long heapUsed = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

      int messageSize = Integer.getInteger("bench.message", 300);
      double raw = sha256MegabytesPerSecond(messageSize);
      double byFile = fileBytes / 1e6 / auditSeconds;
      double byEntries = ledger.entryBytes() / 1e6 / auditSeconds;
      System.out.printf(
          "%nBENCH export: %d entries about %d records, %.0f bytes per entry, file %.0f MB"
              + " (entries %.0f MB), written in %.1f s%n"
              + "BENCH export audit: %s%n"
              + "BENCH export audit: %.2f s, %.1f MB/s of file, %.1f MB/s of entries;"
              + " %d processors, heap %d MB in use of %d MB%n"
              + "BENCH raw SHA-256: %.1f MB/s on %d-byte messages%n"
              + "BENCH ratio: export audit / raw SHA-256 = %.2f (file bytes), %.2f (entry bytes)%n"
              + "BENCH fast path (FastTreeCheck, hashes only): %s, %.2f s, %.1f MB/s of file%n"
              + "BENCH ratio: fast path / raw SHA-256 = %.2f (file bytes), %.2f (entry bytes)%n",
          entries,
          ledger.records(),
          ledger.entryBytes() / (double) entries,
          fileBytes / 1e6,
          ledger.entryBytes() / 1e6,
          writeSeconds,
          report.summary(),
          auditSeconds,
          byFile,
          byEntries,
          Runtime.getRuntime().availableProcessors(),
          heapUsed >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          raw,
          messageSize,
          byFile / raw,
          byEntries / raw,
          fast.shown() ? "shown, " + fast.entries() + " entries" : "NOT shown: " + fast.reason(),
          fastSeconds,
          fileBytes / 1e6 / fastSeconds,
          fileBytes / 1e6 / fastSeconds / raw,
          ledger.entryBytes() / 1e6 / fastSeconds / raw);
      assertThat(report.verified()).isTrue();
      assertThat(fast.shown()).isTrue();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static double sha256MegabytesPerSecond(int size) throws Exception {
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
    return hashed / 1e6 / ((System.nanoTime() - start) / 1e9);
  }
}
