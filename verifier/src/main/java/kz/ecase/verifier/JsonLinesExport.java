package kz.ecase.verifier;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads format 1 of the export file, JSON lines, as earlier versions of the verifier wrote it: a
 * header {@code {"ecaseLedgerExport":1,"entries":n}}, then in the order the tree grew each entry
 * {@code {"index","recordKey","unit","subject","entry","leafHash"}} (bytes in base64), followed by
 * the tree nodes it completed {@code {"level","index","hash"}} and the checkpoints of the size it
 * reached {@code {"checkpoint":"<signed note>"}}; whatever the database held beyond the entries
 * comes last.
 */
final class JsonLinesExport implements ExportReader {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

  private final Path file;
  private final CountingInput input;
  private final BufferedReader reader;
  private long expected = -1;
  private long lineNumber;

  JsonLinesExport(Path file) throws IOException {
    this.file = file;
    this.input = new CountingInput(Files.newInputStream(file));
    this.reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public long expectedEntries() {
    return expected;
  }

  @Override
  public StoredEntry readUntilEntry(ExportItems items) throws IOException {
    while (true) {
      String line = reader.readLine();
      if (line == null) {
        return null;
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
        items.addCheckpoint(StoredCheckpoint.ofNote(fields.get("checkpoint").asString()));
      } else if (fields.has("level")) {
        items.addNode(
            fields.get("level").asInt(), fields.path("index").asLong(), bytes(fields.get("hash")));
      } else if (fields.has("entry")) {
        return new StoredEntry(
            fields.path("index").asLong(),
            text(fields.get("recordKey")),
            text(fields.get("unit")),
            text(fields.get("subject")),
            bytes(fields.get("entry")),
            bytes(fields.get("leafHash")));
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
