package kz.ecase.platform.database;

/** A PostgreSQL WAL position ({@code pg_lsn}, written {@code 16/B374D848}) as a byte offset. */
final class Lsn {

  private Lsn() {}

  /** The position as bytes, or -1 for null (a server that is not a replica). */
  static long parse(String text) {
    if (text == null) {
      return -1;
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("Not a WAL position: " + text);
    }
    return (Long.parseLong(text.substring(0, slash), 16) << 32)
        | Long.parseLong(text.substring(slash + 1), 16);
  }
}
