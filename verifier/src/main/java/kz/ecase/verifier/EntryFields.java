package kz.ecase.verifier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of an entry that its row and its record's chain are checked against: whether it is of
 * format 1, the record it is about, its {@code previous}, unit and subject. They are read by {@link
 * EntryFieldScanner} straight from the canonical bytes the application writes, and by a full JSON
 * parse whenever the scanner cannot vouch for the bytes; both read the same fields alike.
 *
 * @param unreadable why the bytes are no JSON object ("the entry is not JSON"), or null
 * @param formatOne whether {@code format} is the integer 1
 * @param recordKey {@code type/id} of the {@code record} object, or null if either is not a string
 * @param previous what {@code previous} holds
 * @param previousIndex the index in {@code previous}, when it holds one
 * @param unit {@code unit} if it is a string, else null
 * @param subject {@code subject} if it is a string, else null
 */
record EntryFields(
    String unreadable,
    boolean formatOne,
    String recordKey,
    Previous previous,
    long previousIndex,
    String unit,
    String subject) {

  /** What an entry's {@code previous} field holds. */
  enum Previous {
    /** There is no such field. */
    ABSENT,
    /** JSON null: the entry is its record's first. */
    NULL,
    /** An integer, the index of the record's entry before. */
    INDEX,
    /** Anything else. */
    NOT_AN_INDEX
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The fields of the entry, scanned when its bytes are canonical, else parsed. */
  static EntryFields read(byte[] entry) {
    EntryFields scanned = EntryFieldScanner.scan(entry);
    return scanned != null ? scanned : parse(entry);
  }

  /** The fields of the entry by a full JSON parse. */
  static EntryFields parse(byte[] entry) {
    JsonNode tree;
    try {
      tree = JSON.readTree(entry);
    } catch (JacksonException e) {
      return unreadable("the entry is not JSON");
    }
    if (tree == null || !tree.isObject()) {
      return unreadable("the entry is not a JSON object");
    }
    JsonNode format = tree.get("format");
    JsonNode previous = tree.get("previous");
    Previous kind;
    if (previous == null) {
      kind = Previous.ABSENT;
    } else if (previous.isNull()) {
      kind = Previous.NULL;
    } else if (previous.isIntegralNumber()) {
      kind = Previous.INDEX;
    } else {
      kind = Previous.NOT_AN_INDEX;
    }
    return new EntryFields(
        null,
        format != null && format.isIntegralNumber() && format.asLong() == 1,
        recordKey(tree.get("record")),
        kind,
        kind == Previous.INDEX ? previous.asLong() : 0,
        text(tree.get("unit")),
        text(tree.get("subject")));
  }

  private static EntryFields unreadable(String why) {
    return new EntryFields(why, false, null, Previous.ABSENT, 0, null, null);
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
