package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export files of format 1, JSON lines, as earlier versions wrote them: still audited alike. */
class JsonLinesExportTest {

  @TempDir Path directory;
  TestLedger ledger = new TestLedger().withEntries(21);

  Path export() throws IOException {
    StringWriter out = new StringWriter();
    assertThat(FormatOneExport.write(ledger.source(), out)).isEqualTo(21);
    Path file = directory.resolve("ledger.jsonl");
    Files.writeString(file, out.toString());
    return file;
  }

  Report audit(Path file) throws IOException {
    try (ExportFile source = ExportFile.open(file)) {
      return LedgerAudit.run(source, ledger.key.verifier(), List.of());
    }
  }

  @Test
  void anExportOfAnUntouchedLedgerVerifiesOffline() throws IOException {
    ledger.checkpoint(0);
    ledger.checkpoint(8);
    ledger.checkpoint(21);

    Path file = export();
    List<String> lines = Files.readAllLines(file);

    assertThat(lines.get(0)).isEqualTo("{\"ecaseLedgerExport\":1,\"entries\":21}");
    assertThat(lines.get(1)).startsWith("{\"checkpoint\":\"ecase.test/ledger\\n0\\n");
    assertThat(lines.get(2)).startsWith("{\"index\":0,\"recordKey\":\"registration/r0\",\"unit\"");
    assertThat(lines).filteredOn(l -> l.startsWith("{\"level\"")).hasSize(ledger.nodes.size());
    Report report = audit(file);
    assertThat(report.findings()).isEmpty();
    assertThat(report.verifiedSize()).isEqualTo(21);
  }

  @Test
  void aChangedEntryInTheFileIsFound() throws IOException {
    ledger.checkpoint(21);
    Path file = export();
    List<String> lines = Files.readAllLines(file);
    int at = lineOf(lines, "{\"index\":5,");
    String original = Base64.getEncoder().encodeToString(ledger.entries.get(5).entry());
    String changed =
        Base64.getEncoder().encodeToString(ledger.text(5).replace("event 5", "event 6").getBytes());
    lines.set(at, lines.get(at).replace(original, changed));
    Files.write(file, lines);

    Report report = audit(file);

    assertThat(report.firstBadIndex()).hasValue(5);
    assertThat(report.firstBad().orElseThrow().message())
        .isEqualTo("index 5: the entry's bytes do not match its stored leaf hash");
  }

  @Test
  void aCheckpointMovedLaterInTheFileIsSeenWhereItLiesThoughEntriesAreReadAhead()
      throws IOException {
    ledger.checkpoint(8);
    ledger.checkpoint(21);
    Path file = export();
    List<String> lines = Files.readAllLines(file);
    int at = lineOf(lines, "{\"checkpoint\":\"ecase.test/ledger\\n8\\n");
    String checkpoint = lines.remove(at);
    lines.add(lineOf(lines, "{\"index\":16,"), checkpoint);
    Files.write(file, lines);

    Report report = audit(file);

    assertThat(report.findings())
        .extracting(Finding::message)
        .containsExactly("checkpoint of size 8 is stored out of order, after entry 15");
  }

  @Test
  void aFileThatIsNotAnExportIsAnError() throws IOException {
    Path file = directory.resolve("other.jsonl");
    Files.writeString(file, "{\"hello\":1}\n");

    assertThatThrownBy(() -> ExportFile.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("line 1 is neither an entry, a node nor a checkpoint");
  }

  private static int lineOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }
}
