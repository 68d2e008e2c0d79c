package kz.ecase.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export files of format 2, written by {@code export-db} and read by {@code check-export}. */
class ExportFileTest {

  @TempDir Path directory;
  TestLedger ledger = new TestLedger().withEntries(21);

  Path export() throws IOException {
    Path file = directory.resolve("ledger.export");
    try (OutputStream out = Files.newOutputStream(file)) {
      assertThat(ExportFile.write(ledger.source(), out, Progress.silent())).isEqualTo(21);
    }
    return file;
  }

  Report audit(Path file) throws IOException {
    try (ExportFile source = ExportFile.open(file)) {
      return LedgerAudit.run(source, ledger.key.verifier(), List.of());
    }
  }

  @Test
  void aWrittenExportReadsBackAsTheLedgerItWasWrittenFrom() throws IOException {
    ledger.checkpoint(0);
    ledger.checkpoint(8);
    ledger.checkpoint(21);
    Path file = export();

    List<StoredEntry> read = new ArrayList<>();
    try (ExportFile source = ExportFile.open(file)) {
      assertThat(source.expectedEntries()).hasValue(21);
      assertThat(source.checkpointsUpTo(0)).extracting(StoredCheckpoint::claimedSize).contains(0L);
      for (StoredEntry entry = source.nextEntry(); entry != null; entry = source.nextEntry()) {
        read.add(entry);
      }
      for (String address : ledger.nodes.keySet()) {
        String[] parts = address.split("/");
        assertThat(source.storedNode(Integer.parseInt(parts[0]), Long.parseLong(parts[1])))
            .get()
            .extracting(hash -> hash.bytes())
            .isEqualTo(ledger.nodes.get(address));
      }
      assertThat(source.strayNodes(21)).isEmpty();
      assertThat(source.checkpointsUpTo(Long.MAX_VALUE))
          .extracting(StoredCheckpoint::signedNote)
          .containsExactly(
              ledger.checkpoints.get(1).signedNote(), ledger.checkpoints.get(2).signedNote());
      assertThat(source.bytesRead()).isEqualTo(Files.size(file));
    }

    assertThat(Arrays.copyOf(Files.readAllBytes(file), 8)).isEqualTo(BinaryExport.SIGNATURE);
    assertThat(read).hasSize(21);
    for (int i = 0; i < 21; i++) {
      StoredEntry written = ledger.entries.get(i);
      assertThat(read.get(i)).usingRecursiveComparison().as("entry %d", i).isEqualTo(written);
    }
    Report report = audit(file);
    assertThat(report.findings()).isEmpty();
    assertThat(report.verifiedSize()).isEqualTo(21);
  }

  @Test
  void aFlippedBitInAnEntryOrItsLeafHashNamesItsIndex() throws IOException {
    ledger.checkpoint(21);
    byte[] original = Files.readAllBytes(export());
    int entry = indexOf(original, ledger.entries.get(13).entry());

    for (int at : new int[] {entry + 57, entry + ledger.entries.get(13).entry().length + 4 + 9}) {
      byte[] flipped = original.clone();
      flipped[at] ^= 0x10;
      Path file = Files.write(directory.resolve("flipped.export"), flipped);

      Report report = audit(file);

      assertThat(report.firstBadIndex()).as("bit flipped at byte %d", at).hasValue(13);
      assertThat(report.firstBad().orElseThrow().message())
          .isEqualTo("index 13: the entry's bytes do not match its stored leaf hash");
    }
  }

  @Test
  void aFileCutShortIsAnErrorSayingSo() throws IOException {
    byte[] whole = Files.readAllBytes(export());
    int entry = indexOf(whole, ledger.entries.get(9).entry());

    for (int length : new int[] {entry + 100, entry - 3, whole.length - 1, 30}) {
      Path cut = Files.write(directory.resolve("cut.export"), Arrays.copyOf(whole, length));

      assertThatThrownBy(() -> audit(cut))
          .as("cut to %d bytes", length)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("cut short");
    }
    Path cut = Files.write(directory.resolve("cut.export"), Arrays.copyOf(whole, whole.length - 1));
    assertThatThrownBy(() -> audit(cut))
        .hasMessage(
            cut
                + " ends at byte "
                + (whole.length - 1)
                + " without its end record (after the entry"
                + " of index 20): it was cut short");
  }

  @Test
  void aCorruptedLengthIsAnErrorNamingItsByte() throws IOException {
    byte[] whole = Files.readAllBytes(export());
    int length = indexOf(whole, ledger.entries.get(5).entry()) - 4;
    byte[] corrupted = whole.clone();
    ByteBuffer.wrap(corrupted).putInt(length, Integer.MAX_VALUE);
    Path file = Files.write(directory.resolve("corrupted.export"), corrupted);

    assertThatThrownBy(() -> audit(file))
        .hasMessage(
            file
                + ", byte "
                + length
                + ": a length of 2147483647 bytes cannot be (after the entry"
                + " of index 4): the file is damaged");

    ByteBuffer.wrap(corrupted).putInt(length, 1 << 20);
    Files.write(file, corrupted);
    assertThatThrownBy(() -> audit(file))
        .hasMessageContaining("byte " + length + ": a length of 1048576 bytes runs past the end");
  }

  @Test
  void anUnknownRecordOrBytesAfterTheEndAreErrors() throws IOException {
    byte[] whole = Files.readAllBytes(export());
    int entry = indexOf(whole, ledger.entries.get(2).entry());
    int tag = entry - 4 - 4 - "710001".length() - 4 - "registration/r2".length() - 4 - 8 - 1;
    assertThat(whole[tag]).isEqualTo(BinaryExport.ENTRY);
    byte[] changed = whole.clone();
    changed[tag] = 'Q';
    Path file = Files.write(directory.resolve("changed.export"), changed);

    assertThatThrownBy(() -> audit(file))
        .hasMessage(
            file
                + ", byte "
                + tag
                + ": no record starts with 0x51 (after the entry of index 1):"
                + " the file is damaged");

    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    Files.write(file, longer);
    assertThatThrownBy(() -> audit(file)).hasMessageContaining("bytes after the end record");
  }

  @Test
  void aFileOfAnotherKindIsAnError() throws IOException {
    Path file = directory.resolve("other.export");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 2});
    Files.write(file, new byte[20], java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> ExportFile.open(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is not an export file: its first bytes are not an export's");
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
