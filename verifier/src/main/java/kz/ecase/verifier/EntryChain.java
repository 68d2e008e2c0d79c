package kz.ecase.verifier;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each entry as format-1 JSON and checks it against its row and its record's chain: the
 * record, unit and subject in the entry are those of the row, and {@code previous} is the index of
 * the record's entry seen last (null for its first). A deleted, inserted or swapped entry breaks
 * some record's chain even when every hash was recomputed.
 */
final class EntryChain {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, Long> latest = new HashMap<>();

  /** Checks the entry and remembers it as its record's latest; returns what is wrong, or null. */
  String check(StoredEntry row) {
    JsonNode entry;
    try {
      entry = JSON.readTree(row.entry());
    } catch (JacksonException e) {
      return "index " + row.index() + ": the entry is not JSON";
    }
    if (entry == null || !entry.isObject()) {
      return "index " + row.index() + ": the entry is not a JSON object";
    }
    JsonNode format = entry.get("format");
    if (format == null || !format.isIntegralNumber() || format.asLong() != 1) {
      return "index " + row.index() + ": the entry is not of format 1";
    }
    String recordKey = recordKey(entry.get("record"));
    if (recordKey == null) {
      return "index " + row.index() + ": the entry names no record";
    }
    String previousProblem = checkPrevious(row, recordKey, entry.get("previous"));
    latest.put(recordKey, row.index());
    if (!recordKey.equals(row.recordKey())) {
      return "index "
          + row.index()
          + ": the entry is about "
          + recordKey
          + " but its row says "
          + row.recordKey();
    }
    String unit = text(entry.get("unit"));
    if (unit == null || !unit.equals(row.unit())) {
      return "index "
          + row.index()
          + ": the entry's unit is "
          + unit
          + " but its row says "
          + row.unit();
    }
    String subject = text(entry.get("subject"));
    String rowSubject = row.subject() == null ? null : row.subject().strip();
    if (subject == null ? rowSubject != null : !subject.equals(rowSubject)) {
      return "index "
          + row.index()
          + ": the entry's subject is "
          + subject
          + " but its row says "
          + rowSubject;
    }
    return previousProblem;
  }

  private String checkPrevious(StoredEntry row, String recordKey, JsonNode previous) {
    Long expected = latest.get(recordKey);
    Long actual;
    if (previous == null) {
      return "index " + row.index() + ": the entry has no previous field";
    } else if (previous.isNull()) {
      actual = null;
    } else if (previous.isIntegralNumber()) {
      actual = previous.asLong();
    } else {
      return "index " + row.index() + ": the entry's previous is not an index";
    }
    if (expected == null ? actual == null : expected.equals(actual)) {
      return null;
    }
    return "index "
        + row.index()
        + ": previous should be "
        + (expected == null ? "null (the first entry of " + recordKey + ")" : expected)
        + " but is "
        + actual;
  }

  private static String recordKey(JsonNode record) {
    if (record == null || !record.isObject()) {
      return null;
    }
    String type = text(record.get("type"));
    String id = text(record.get("id"));
    return type == null || id == null ? null : type + "/" + id;
  }

  private static String text(JsonNode node) {
    return node == null || !node.isString() ? null : node.asString();
  }
}
