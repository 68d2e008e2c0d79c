package kz.ecase.ledger.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** The event as JSON, before sequencing (without {@code previous}). */
  public String eventJson(LedgerEvent event) {
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
    requireExactNumbers(event.payload());
    return json.writeValueAsString(fields);
  }

  /** The canonical entry bytes once the integrator knows the record's previous entry. */
  public byte[] entryBytes(String eventJson, Long previous) {
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = json.readValue(eventJson, LinkedHashMap.class);
    fields.put("previous", previous);
    try {
      return new JsonCanonicalizer(json.writeValueAsString(fields)).getEncodedUTF8();
    } catch (IOException e) {
      throw new UncheckedIOException("Entry is not canonicalisable JSON", e);
    }
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
