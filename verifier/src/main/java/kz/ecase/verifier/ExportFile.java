package kz.ecase.verifier;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ledger exported to a file of JSON lines ({@link JsonLinesExport format 1}), to audit offline:
 * the entries in the order the tree grew, each followed by the stored tree nodes it completed and
 * the checkpoints of the size it reached, then whatever the database held beyond the entries. As a
 * source it reads the file once, front to back, keeping only what lies between the entries it has
 * read and those the audit has checked.
 */
public final class ExportFile implements EntrySource {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private final ExportReader reader;
  private final ExportItems items = new ExportItems();
  private StoredEntry lookahead;
  private long entriesRead;

  private ExportFile(ExportReader reader) throws IOException {
    this.reader = reader;
    readAhead();
  }

  /** Opens an export file to audit. */
  public static ExportFile open(Path file) throws IOException {
    ExportReader reader = new JsonLinesExport(file);
    try {
      return new ExportFile(reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /**
   * Writes everything {@code source} holds to {@code out} in export order and returns the number of
   * entries written. The nodes of each entry are those stored for the subtrees its index completes.
   */
  public static long write(EntrySource source, Writer out, Progress progress) throws IOException {
    BufferedWriter lines = new BufferedWriter(out, 1 << 16);
    OptionalLong expected = source.expectedEntries();
    progress.start(expected);
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("ecaseLedgerExport", 1);
    header.put("entries", expected.orElse(-1));
    line(lines, header);
    writeCheckpoints(lines, source.checkpointsUpTo(0));
    long count = 0;
    for (StoredEntry entry = source.nextEntry(); entry != null; entry = source.nextEntry()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("index", entry.index());
      fields.put("recordKey", entry.recordKey());
      fields.put("unit", entry.unit());
      fields.put("subject", entry.subject());
      fields.put("entry", BASE64.encodeToString(entry.entry()));
      fields.put(
          "leafHash", entry.leafHash() == null ? null : BASE64.encodeToString(entry.leafHash()));
      line(lines, fields);
      long end = entry.index() + 1;
      for (int level = 1; level < 63 && end % (1L << level) == 0; level++) {
        long index = (end >>> level) - 1;
        Optional<Hash> hash = source.storedNode(level, index);
        if (hash.isPresent()) {
          writeNode(lines, new StoredNode(level, index, hash.get().bytes()));
        }
      }
      writeCheckpoints(lines, source.checkpointsUpTo(end));
      count++;
      progress.update(count, source.bytesRead());
    }
    for (StoredNode node : source.strayNodes(count)) {
      writeNode(lines, node);
    }
    writeCheckpoints(lines, source.checkpointsUpTo(Long.MAX_VALUE));
    lines.flush();
    return count;
  }

  private static void writeNode(BufferedWriter lines, StoredNode node) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("level", node.level());
    fields.put("index", node.index());
    fields.put("hash", node.hash() == null ? null : BASE64.encodeToString(node.hash()));
    line(lines, fields);
  }

  private static void writeCheckpoints(BufferedWriter lines, List<StoredCheckpoint> due)
      throws IOException {
    for (StoredCheckpoint checkpoint : due) {
      line(lines, Map.of("checkpoint", checkpoint.signedNote()));
    }
  }

  private static void line(BufferedWriter lines, Map<String, Object> fields) throws IOException {
    lines.write(JSON.writeValueAsString(fields));
    lines.write('\n');
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
