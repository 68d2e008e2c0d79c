package kz.ecase.verifier;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ledger exported to a file of JSON lines, to audit offline. The first line is a header {@code
 * {"ecaseLedgerExport":1,"entries":n}}; then, in the order the tree grew, each entry {@code
 * {"index","recordKey","unit","subject","entry","leafHash"}} (bytes in base64), followed by the
 * tree nodes it completed {@code {"level","index","hash"}} and the checkpoints of the size it
 * reached {@code {"checkpoint":"<signed note>"}}. Whatever the database held beyond the entries
 * comes last. As a source it reads the file once, keeping only what lies between two entries.
 */
public final class ExportFile implements EntrySource {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Base64.Encoder BASE64 = Base64.getEncoder();
  private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

  private record Address(int level, long index) {}

  private final Path file;
  private final CountingInput input;
  private final BufferedReader reader;
  private final Map<Address, byte[]> nodes = new LinkedHashMap<>();
  private final List<StoredCheckpoint> checkpoints = new ArrayList<>();
  private long expected = -1;
  private long lineNumber;
  private StoredEntry lookahead;
  private boolean ended;

  private ExportFile(Path file) throws IOException {
    this.file = file;
    this.input = new CountingInput(Files.newInputStream(file));
    this.reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
    readAhead();
  }

  /** Opens an export file to audit. */
  public static ExportFile open(Path file) throws IOException {
    return new ExportFile(file);
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
    return expected >= 0 ? OptionalLong.of(expected) : OptionalLong.empty();
  }

  @Override
  public StoredEntry nextEntry() throws IOException {
    StoredEntry entry = lookahead;
    if (entry != null) {
      readAhead();
    }
    return entry;
  }

  /**
   * Reads lines up to and including the next entry, keeping the nodes and checkpoints before it.
   */
  private void readAhead() throws IOException {
    lookahead = null;
    while (!ended) {
      String line = reader.readLine();
      if (line == null) {
        ended = true;
        return;
      }
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode fields;
      try {
        fields = JSON.readTree(line);
      } catch (JacksonException e) {
        throw malformed("is not JSON");
      }
      if (fields == null || !fields.isObject()) {
        throw malformed("is not a JSON object");
      } else if (fields.has("ecaseLedgerExport")) {
        expected = fields.path("entries").asLong(-1);
      } else if (fields.has("checkpoint")) {
        checkpoints.add(StoredCheckpoint.ofNote(fields.get("checkpoint").asString()));
      } else if (fields.has("level")) {
        nodes.put(
            new Address(fields.get("level").asInt(), fields.path("index").asLong()),
            bytes(fields.get("hash")));
      } else if (fields.has("entry")) {
        lookahead =
            new StoredEntry(
                fields.path("index").asLong(),
                text(fields.get("recordKey")),
                text(fields.get("unit")),
                text(fields.get("subject")),
                bytes(fields.get("entry")),
                bytes(fields.get("leafHash")));
        return;
      } else {
        throw malformed("is neither an entry, a node nor a checkpoint");
      }
    }
  }

  private byte[] bytes(JsonNode node) throws IOException {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return UNBASE64.decode(node.asString());
    } catch (IllegalArgumentException e) {
      throw malformed("holds bytes that are not base64");
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private IOException malformed(String what) {
    return new IOException(file + ", line " + lineNumber + " " + what);
  }

  @Override
  public Optional<Hash> storedNode(int level, long index) {
    byte[] hash = nodes.remove(new Address(level, index));
    if (hash == null) {
      return Optional.empty();
    }
    return Optional.of(hash.length == Hash.SIZE ? new Hash(hash) : new Hash(new byte[Hash.SIZE]));
  }

  @Override
  public List<StoredNode> strayNodes(long treeSize) {
    List<StoredNode> stray = new ArrayList<>();
    for (Iterator<Map.Entry<Address, byte[]>> i = nodes.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<Address, byte[]> node = i.next();
      stray.add(new StoredNode(node.getKey().level(), node.getKey().index(), node.getValue()));
      i.remove();
    }
    return stray;
  }

  @Override
  public List<StoredCheckpoint> checkpointsUpTo(long treeSize) {
    List<StoredCheckpoint> due = new ArrayList<>();
    checkpoints.removeIf(checkpoint -> checkpoint.claimedSize() <= treeSize && due.add(checkpoint));
    due.sort(Comparator.comparingLong(StoredCheckpoint::claimedSize));
    return due;
  }

  @Override
  public long bytesRead() {
    return input.count;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Counts the bytes read from the file, for progress reports. */
  private static final class CountingInput extends FilterInputStream {
    private long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
