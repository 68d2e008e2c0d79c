package kz.ecase.verifier;

/**
 * Format 2 of the export file, binary, so that reading it costs little beside hashing the entries.
 * It begins with the 8 bytes {@code 89 45 4C 58 0D 0A 1A 0A} (0x89, "ELX", CR LF, Ctrl-Z, LF: like
 * PNG's signature, they show up transfers that alter line ends or the eighth bit), the format
 * version as a 4-byte integer (2) and the number of entries as an 8-byte integer (-1 if unknown).
 * Records follow, each a tag byte and its fields, in the order of format 1 (see {@link
 * JsonLinesExport}): each entry, then the stored nodes it completed and the checkpoints of the size
 * it reached; whatever the database held beyond the entries; and an end record.
 *
 * <ul>
 *   <li>{@code 'E'} an entry: index (8 bytes), record key, unit, subject, entry bytes, leaf hash;
 *   <li>{@code 'N'} a stored node: level (4 bytes), index (8 bytes), hash;
 *   <li>{@code 'C'} a stored checkpoint: its signed note;
 *   <li>{@code 'Z'} the end: nothing follows, and a file without it was cut short.
 * </ul>
 *
 * <p>Integers are big-endian. Text (UTF-8) and bytes are a 4-byte length, -1 for null, then that
 * many bytes, at most {@link #MAX_FIELD}.
 */
final class BinaryExport {

  static final byte[] SIGNATURE = {(byte) 0x89, 'E', 'L', 'X', '\r', '\n', 0x1a, '\n'};
  static final int VERSION = 2;
  static final int MAX_FIELD = 1 << 24;

  static final byte ENTRY = 'E';
  static final byte NODE = 'N';
  static final byte CHECKPOINT = 'C';
  static final byte END = 'Z';

  private BinaryExport() {}
}
