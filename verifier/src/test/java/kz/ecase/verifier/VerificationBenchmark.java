package kz.ecase.verifier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.MessageDigest;
import java.util.List;
import kz.ecase.merkle.NoteVerifier;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (the suite never runs it): a full audit of a ledger database against the
 * machine's own limit, raw SHA-256 in the same JVM. See docs/BENCHMARKS.md for the command.
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
