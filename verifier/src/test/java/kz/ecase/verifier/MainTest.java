package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path directory;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();
  TestLedger ledger = new TestLedger().withEntries(12);

  int run(String... args) {
    return new Main(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  Path export() throws IOException {
    Path file = directory.resolve("ledger.export");
    try (OutputStream out = Files.newOutputStream(file)) {
      ExportFile.write(ledger.source(), out, Progress.silent());
    }
    return file;
  }

  @Test
  void withoutArgumentsItPrintsUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(out.toString()).contains("usage:").contains("check-db --url");
  }

  @Test
  void checkExportOfAnUntouchedLedgerExitsZeroWithTheSummary() throws IOException {
    Path saved = directory.resolve("saved.checkpoint");
    Files.writeString(saved, ledger.checkpoint(12));
    Path key = directory.resolve("ledger.vkey");
    Files.writeString(key, ledger.key.verifierKey() + "\n");

    int code =
        run(
            "check-export",
            export().toString(),
            "--key",
            key.toString(),
            "--checkpoint",
            saved.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .startsWith("OK: 12 entries, root ")
        .contains("checkpoint size 12 verified");
  }

  @Test
  void checkExportReadsAnExportOfFormatOneAsWell() throws IOException {
    ledger.checkpoint(12);
    Path file = directory.resolve("ledger.jsonl");
    try (Writer out = Files.newBufferedWriter(file)) {
      FormatOneExport.write(ledger.source(), out);
    }

    int code = run("check-export", file.toString(), "--key", ledger.key.verifierKey());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).startsWith("OK: 12 entries, root ");
  }

  @Test
  void checkExportOfATamperedLedgerExitsOne() throws IOException {
    ledger.checkpoint(12);
    ledger.entries.remove(4);

    int code = run("check-export", export().toString(), "--key", ledger.key.verifierKey());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .startsWith(
            "TAMPERED: first changed entry is index 4; index 4 missing: the next stored entry is 5");
  }

  @Test
  void checkExportSaysOkByTheFastPathWithTheReferencesSummary() throws IOException {
    ledger.checkpoint(12);
    Path intact = export();

    assertThat(run("check-export", intact.toString(), "--key", ledger.key.verifierKey()))
        .isEqualTo(0);
    String fast = out.toString();
    assertThat(err.toString()).contains("checked by the fast path");

    out.reset();
    err.reset();
    assertThat(
            run(
                "check-export",
                intact.toString(),
                "--key",
                ledger.key.verifierKey(),
                "--reference"))
        .isEqualTo(0);
    assertThat(err.toString()).doesNotContain("fast path");
    assertThat(fast).startsWith("OK: 12 entries, root ").isEqualTo(out.toString());
  }

  @Test
  void whenTheFastPathFindsSomethingTheReferenceReports() throws IOException {
    ledger.checkpoint(12);
    ledger.replaceBytes(7, ledger.text(7).replace("\"previous\":4", "\"previous\":1"));
    ledger.recomputeHashes();
    ledger.checkpoint(12);

    int code = run("check-export", export().toString(), "--key", ledger.key.verifierKey());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("the fast path found something (index 7: its previous is not")
        .contains("the reference audit runs and reports");
    assertThat(out.toString())
        .startsWith("TAMPERED: first changed entry is index 7; index 7: previous should be 4");
  }

  @Test
  void checkExportHashesIsTheEarlierNameOfCheckExport() throws IOException {
    ledger.checkpoint(12);
    ledger.entries.remove(4);

    assertThat(run("check-export-hashes", export().toString(), "--key", ledger.key.verifierKey()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("the fast path found something");
    assertThat(out.toString()).startsWith("TAMPERED: first changed entry is index 4; ");
  }

  @Test
  void aBadKeyOrAMissingFileIsAUsageError() throws IOException {
    assertThat(run("check-export", export().toString(), "--key", "nonsense")).isEqualTo(2);
    assertThat(err.toString()).contains("--key nonsense is neither a verifier key nor a file");
    assertThat(
            run(
                "check-export",
                directory.resolve("none.jsonl").toString(),
                "--key",
                ledger.key.verifierKey()))
        .isEqualTo(2);
  }
}
