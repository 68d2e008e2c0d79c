package kz.ecase.ledger;

/**
 * The registered record an entry is about, e.g. {@code protocol/71000126000001}. Its history in the
 * ledger is the chain of its entries, each naming the index of the one before.
 */
public record RecordRef(String type, String id) {

  private static final java.util.regex.Pattern TYPE =
      java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public RecordRef {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("A record type is lower-case letters, digits and dashes");
    }
    if (id == null || id.isBlank() || id.length() > 100 || id.contains("/")) {
      throw new IllegalArgumentException("A record id is 1 to 100 characters without '/'");
    }
  }

  /** The record a key ({@link #key()}) names. */
  public static RecordRef ofKey(String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("A record key is type/id");
    }
    return new RecordRef(key.substring(0, slash), key.substring(slash + 1));
  }

  /** {@code type/id}: how the ledger indexes a record's entries. */
  public String key() {
    return type + "/" + id;
  }
}
