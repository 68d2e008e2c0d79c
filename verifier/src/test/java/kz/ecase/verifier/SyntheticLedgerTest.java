package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ecase.merkle.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' made-up ledger is one the audit verifies, of entries the scanner reads. */
class SyntheticLedgerTest {

  @TempDir Path directory;
  NoteSigner key = NoteSigner.generate(SyntheticLedger.ORIGIN);

  @Test
  void itsExportVerifiesAndItsEntriesAreCanonicalOfAbout300Bytes() throws IOException {
    SyntheticLedger ledger = new SyntheticLedger(20_000, 4096, key, 42);
    Path file = directory.resolve("synthetic.export");
    try (OutputStream out = Files.newOutputStream(file)) {
      ExportFile.write(ledger, out, Progress.silent());
    }

    Report report;
    try (ExportFile source = ExportFile.open(file)) {
      report = LedgerAudit.run(source, key.verifier(), List.of());
    }

    assertThat(report.findings()).isEmpty();
    assertThat(report.verifiedSize()).isEqualTo(20_000);
    assertThat(ledger.entryBytes() / 20_000.0).isBetween(270.0, 330.0);
    assertThat(ledger.records()).as("records with several entries each").isLessThan(10_000);
    try (ExportFile source = ExportFile.open(file)) {
      for (StoredEntry entry = source.nextEntry(); entry != null; entry = source.nextEntry()) {
        assertThat(EntryFieldScanner.scan(entry.entry()))
            .as("entry %d", entry.index())
            .isNotNull()
            .isEqualTo(EntryFields.parse(entry.entry()));
      }
    }
  }
}
