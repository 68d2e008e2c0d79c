package kz.ecase.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;

/**
 * A ledger exported to a file, to audit offline: the entries in the order the tree grew, each
 * followed by the stored tree nodes it completed and the checkpoints of the size it reached, then
 * whatever the database held beyond the entries. {@code export-db} writes {@link BinaryExport
 * format 2}; files of {@link JsonLinesExport format 1}, JSON lines, are read as well. As a source
 * it reads the file once, front to back, keeping only what lies between the entries it has read and
 * those the audit has checked.
 */
public final class ExportFile implements EntrySource {

  private final ExportReader reader;
  private final ExportItems items = new ExportItems();
  private StoredEntry lookahead;
  private long entriesRead;

  private ExportFile(ExportReader reader) throws IOException {
    this.reader = reader;
    readAhead();
  }

  /** Opens an export file of either format to audit. */
  public static ExportFile open(Path file) throws IOException {
    ExportReader reader =
        startsWithSignature(file) ? new BinaryExportReader(file) : new JsonLinesExport(file);
    try {
      return new ExportFile(reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static boolean startsWithSignature(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == (BinaryExport.SIGNATURE[0] & 0xff);
    }
  }

  /**
   * Writes everything {@code source} holds to {@code out} as an export file of format 2 and returns
   * the number of entries written. The nodes of each entry are those stored for the subtrees its
   * index completes.
   */
  public static long write(EntrySource source, OutputStream out, Progress progress)
      throws IOException {
    return BinaryExportWriter.write(source, out, progress);
  }

  @Override
  public OptionalLong expectedEntries() {
    long expected = reader.expectedEntries();
    return expected >= 0 ? OptionalLong.of(expected) : OptionalLong.empty();
  }

  @Override
  public StoredEntry nextEntry() throws IOException {
    StoredEntry entry = lookahead;
    if (entry != null) {
      entriesRead++;
      readAhead();
    }
    return entry;
  }

  /** Reads up to and including the next entry, keeping the nodes and checkpoints before it. */
  private void readAhead() throws IOException {
    items.entriesBefore(entriesRead);
    lookahead = reader.readUntilEntry(items);
  }

  @Override
  public Optional<Hash> storedNode(int level, long index) {
    return items.storedNode(level, index);
  }

  @Override
  public List<StoredNode> strayNodes(long treeSize) {
    return items.strayNodes();
  }

  @Override
  public List<StoredCheckpoint> checkpointsUpTo(long treeSize) {
    return items.checkpointsUpTo(treeSize);
  }

  @Override
  public long bytesRead() {
    return reader.bytesRead();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
