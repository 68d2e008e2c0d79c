package kz.ecase.ledger.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.LedgerEvent;
import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes of a ledger entry: the event as JSON, canonicalised by RFC 8785 (JCS) so that anyone
 * can recompute them, with the format version and the index of the record's previous entry.
 *
 * <p>Format 1: {@code {"format":1, "type", "record":{"type","id"}, "actor", "unit", "subject",
 * "time", "payload", "attachments":[{"name","sha256"}], "previous"}}; {@code subject} and {@code
 * previous} are null when there is none.
 */
public final class EntryFormat {

  public static final int VERSION = 1;
  private static final long LARGEST_EXACT_INTEGER = 1L << 53;

  private final JsonMapper json;

  public EntryFormat(JsonMapper json) {
    this.json = json;
  }

  /**
   * The canonical entry bytes as recorded, before sequencing: {@code "previous"} is still null (the
   * integrator fills it in with {@link #withPrevious}).
   */
  public byte[] recorded(LedgerEvent event) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("format", VERSION);
    fields.put("type", event.type());
    fields.put("record", Map.of("type", event.record().type(), "id", event.record().id()));
    fields.put("actor", event.actor());
    fields.put("unit", event.unit().value());
    fields.put("subject", event.subject() == null ? null : event.subject().value());
    fields.put("time", event.time().toString());
    fields.put("payload", event.payload());
    fields.put("attachments", attachments(event.attachments()));
    fields.put("previous", null);
    requireExactNumbers(event.payload());
    String canonical = CanonicalJson.write(fields);
    if (canonical != null) {
      return canonical.getBytes(StandardCharsets.UTF_8);
    }
    return general(fields);
  }

  /**
   * The same bytes the general way, for payloads holding values {@link CanonicalJson} does not
   * write (records, dates, …): Jackson's JSON, parsed and written again by an RFC 8785 library.
   */
  byte[] general(Map<String, Object> fields) {
    try {
      return new JsonCanonicalizer(json.writeValueAsString(fields)).getEncodedUTF8();
    } catch (IOException e) {
      throw new UncheckedIOException("Entry is not canonicalisable JSON", e);
    }
  }

  /**
   * The entry bytes with the record's previous index. In canonical form the top-level {@code
   * "previous"} sits between {@code "payload"} and {@code "record"}, and it is the last place where
   * {@code ,"previous":null,"record":{} occurs unescaped: whatever follows it (record id and type,
   * subject, time, type, unit) holds strings only, in which quotes are escaped. Replacing that
   * occurrence keeps the bytes canonical, without parsing the entry again.
   */
  public static byte[] withPrevious(byte[] recorded, Long previous) {
    if (previous == null) {
      return recorded;
    }
    int at = lastIndexOf(recorded, NULL_PREVIOUS);
    if (at < 0) {
      throw new IllegalArgumentException("Not a recorded format-1 entry");
    }
    byte[] value = (",\"previous\":" + previous + ",\"record\":{").getBytes(StandardCharsets.UTF_8);
    byte[] entry = new byte[recorded.length - NULL_PREVIOUS.length + value.length];
    System.arraycopy(recorded, 0, entry, 0, at);
    System.arraycopy(value, 0, entry, at, value.length);
    int rest = at + NULL_PREVIOUS.length;
    System.arraycopy(recorded, rest, entry, at + value.length, recorded.length - rest);
    return entry;
  }

  private static final byte[] NULL_PREVIOUS =
      ",\"previous\":null,\"record\":{".getBytes(StandardCharsets.UTF_8);

  private static int lastIndexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = haystack.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static List<Map<String, String>> attachments(List<Attachment> attachments) {
    return attachments.stream().map(a -> Map.of("name", a.name(), "sha256", a.sha256())).toList();
  }

  private static void requireExactNumbers(Object value) {
    if (value instanceof Map<?, ?> map) {
      map.values().forEach(EntryFormat::requireExactNumbers);
    } else if (value instanceof List<?> list) {
      list.forEach(EntryFormat::requireExactNumbers);
    } else if (value instanceof Number number
        && (!(number instanceof Long || number instanceof Integer || number instanceof Short)
            || Math.abs(number.longValue()) > LARGEST_EXACT_INTEGER)) {
      throw new IllegalArgumentException(
          "Ledger payload numbers are integers within ±2^53 (RFC 8785); send others as strings: "
              + number);
    }
  }
}
