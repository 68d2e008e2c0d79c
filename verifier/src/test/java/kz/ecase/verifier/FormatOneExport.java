package kz.ecase.verifier;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export file of format 1, JSON lines, as {@code export-db} of earlier versions did, so
 * that the tests can show such files are still read.
 */
final class FormatOneExport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private FormatOneExport() {}

  static long write(EntrySource source, Writer out) throws IOException {
    BufferedWriter lines = new BufferedWriter(out, 1 << 16);
    OptionalLong expected = source.expectedEntries();
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
}
