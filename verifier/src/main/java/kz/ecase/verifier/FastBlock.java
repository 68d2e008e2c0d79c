package kz.ecase.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import kz.ecase.verifier.EntryFields.Previous;

/**
 * A run of whole records of an export file of {@link BinaryExport format 2}, for the fast path
 * ({@link FastAudit}): the file's bytes as read, where each record starts (framed by {@link
 * FastBlocks} on the reading thread), and for each entry what can be worked out from it alone,
 * which {@link #examine} does on a worker thread while the fast path checks earlier blocks in
 * order: its leaf hash recomputed and whether the stored one agrees; whether the entry is of format
 * 1 and agrees with the columns of its row; its record's key, packed for {@link LatestIndexes}, and
 * its {@code previous}. All of it lies in flat arrays, with no object per entry.
 *
 * <p>An entry whose bytes the {@link EntryFieldScanner} reads as the application lays them out,
 * with ASCII strings and columns that agree with them byte for byte, is judged here in place. Any
 * other entry (another layout, escapes, text beyond ASCII, a column that differs) is decoded and
 * handed to the reference's own {@link EntryChain#examine}, so that what it says of such an entry
 * is what the reference says.
 */
final class FastBlock {

  static final int H = 32;
  static final int KEY_LONGS = LatestIndexes.KEY_LONGS;

  private static final Previous[] PREVIOUS = Previous.values();
  private static final int NEEDS_MORE = -1;
  private static final int DAMAGED = -2;
  static final byte NO_HALF = -1;

  private byte[] bytes;
  private ByteBuffer view;
  private int limit;
  private int framed;
  private String damage;
  private boolean endSeen;

  private byte[] tags = new byte[1024];
  private int[] recordAt = new int[1024];
  private int records;
  private int[] entryAt = new int[1024];
  private int entries;

  private byte[] leaves = new byte[1024 * H];
  private boolean[] leafMatches = new boolean[1024];
  private long[] keys = new long[1024 * KEY_LONGS];
  private String[] otherKeys = new String[1024];
  private byte[] previous = new byte[1024];
  private long[] previousIndexes = new long[1024];
  private String[] problems = new String[1024];
  private byte[] halves = new byte[1024];
  private byte[] nodes = new byte[1024 * H]; // entry e's subtrees from nodeAt[e], level 1 first
  private int[] nodeAt = new int[1024];
  private byte[] nodesKnown = new byte[1024];
  private final byte[] stack = new byte[64 * H];
  private final byte[] pair = new byte[1 + 2 * H];

  private final MessageDigest sha256;
  private final EntryFieldScanner scanner = new EntryFieldScanner();
  private final ChainFacts reference = new ChainFacts(1);

  FastBlock(int capacity) {
    bytes = new byte[capacity];
    view = ByteBuffer.wrap(bytes);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  // ---- reading and framing, on the reading thread ----

  /** The array to read into, holding at least {@code capacity} bytes. */
  byte[] bytes() {
    return bytes;
  }

  int limit() {
    return limit;
  }

  /** Where the records framed end: the bytes from there on belong to the next block. */
  int framed() {
    return framed;
  }

  /** Starts the block afresh with {@code carried} bytes copied from the end of another. */
  void startWith(byte[] from, int start, int carried) {
    if (bytes.length < 2 * carried) {
      bytes = new byte[2 * carried];
      view = ByteBuffer.wrap(bytes);
    }
    System.arraycopy(from, start, bytes, 0, carried);
    limit = carried;
  }

  /** Notes that the bytes up to {@code limit} have been read. */
  void readTo(int limit) {
    this.limit = limit;
  }

  /** Doubles the block, for a record longer than it. */
  void grow() {
    bytes = Arrays.copyOf(bytes, 2 * bytes.length);
    view = ByteBuffer.wrap(bytes);
  }

  /**
   * Finds the whole records among the bytes read: where each starts, and which are entries. A
   * record cut by the block's end is left to the next block, unless the file has ended ({@code
   * fileEnded}): then, as a length that cannot be, a record of no known kind or an entry without
   * bytes, it is {@link #damage}, after which nothing is framed.
   */
  void frame(boolean fileEnded) {
    records = 0;
    entries = 0;
    damage = null;
    endSeen = false;
    int at = 0;
    while (at < limit && !endSeen) {
      int end = recordEnd(at);
      if (end == DAMAGED) {
        break;
      } else if (end == NEEDS_MORE || end > limit) {
        if (fileEnded) {
          damage = "the file ends inside a record: it was cut short";
        }
        break;
      }
      if (records == tags.length) {
        tags = Arrays.copyOf(tags, 2 * records);
        recordAt = Arrays.copyOf(recordAt, 2 * records);
      }
      tags[records] = bytes[at];
      recordAt[records++] = at;
      if (bytes[at] == BinaryExport.ENTRY) {
        if (entries == entryAt.length) {
          entryAt = Arrays.copyOf(entryAt, 2 * entries);
        }
        entryAt[entries++] = at;
      }
      endSeen = bytes[at] == BinaryExport.END;
      at = end;
    }
    framed = at;
  }

  /** Where the record at {@code at} ends; {@link #NEEDS_MORE} or {@link #DAMAGED}. */
  private int recordEnd(int at) {
    switch (bytes[at]) {
      case BinaryExport.ENTRY -> {
        int end = at + 1 + Long.BYTES;
        for (int field = 0; field < 5 && end >= 0; field++) {
          end = field(end, field == 3); // record key, unit, subject, entry (not null), leaf hash
        }
        return end;
      }
      case BinaryExport.NODE -> {
        return field(at + 1 + Integer.BYTES + Long.BYTES, false);
      }
      case BinaryExport.CHECKPOINT -> {
        return field(at + 1, true);
      }
      case BinaryExport.END -> {
        return at + 1;
      }
      default -> {
        damage = String.format("no record starts with 0x%02x: the file is damaged", bytes[at]);
        return DAMAGED;
      }
    }
  }

  /**
   * Where the length-prefixed field at {@code at} ends; {@link #NEEDS_MORE} or {@link #DAMAGED}.
   */
  private int field(int at, boolean required) {
    if (at > limit - Integer.BYTES) {
      return NEEDS_MORE;
    }
    int length = view.getInt(at);
    if (length < (required ? 0 : -1) || length > BinaryExport.MAX_FIELD) {
      damage = "a length of " + length + " bytes cannot be there: the file is damaged";
      return DAMAGED;
    }
    return at + Integer.BYTES + Math.max(length, 0);
  }

  /** Why the records after the last framed one cannot be read, or null. */
  String damage() {
    return damage;
  }

  /** Notes that something follows the end record. */
  void bytesAfterTheEnd() {
    damage = "there are bytes after the end record";
  }

  /** Whether the last record framed is the end record. */
  boolean endSeen() {
    return endSeen;
  }

  int records() {
    return records;
  }

  byte tag(int record) {
    return tags[record];
  }

  int recordAt(int record) {
    return recordAt[record];
  }

  int entries() {
    return entries;
  }

  /** A big-endian view of the block's bytes, for the fixed-size fields of its records. */
  ByteBuffer view() {
    return view;
  }

  // ---- examining the entries, on a worker thread ----

  /** Works out, for every entry of the block, what it says alone; returns the block. */
  FastBlock examine() {
    if (leafMatches.length < entries) {
      int n = Math.max(entries, 2 * leafMatches.length);
      leaves = new byte[n * H];
      leafMatches = new boolean[n];
      keys = new long[n * KEY_LONGS];
      otherKeys = new String[n];
      previous = new byte[n];
      previousIndexes = new long[n];
      problems = new String[n];
      halves = new byte[n];
      nodes = new byte[n * H];
      nodeAt = new int[n];
      nodesKnown = new byte[n];
    }
    for (int e = 0; e < entries; e++) {
      examine(e);
      halves[e] =
          problems[e] == null
              ? (byte) LatestIndexes.half(keys, e * KEY_LONGS, otherKeys[e])
              : NO_HALF;
    }
    subtrees();
    return this;
  }

  /**
   * Works out the block's complete subtrees: for each entry, the tree's nodes its leaf completes
   * that cover only the block's entries, taking the block's entries to have the indexes from the
   * first one's up, one by one (the in-order check holds them to it before it uses a node). The
   * tree's right edge over the block's leaves, merging where the whole tree does.
   */
  private void subtrees() {
    if (entries == 0) {
      return;
    }
    long first = index(0);
    int depth = 0;
    int at = 0;
    pair[0] = 0x01;
    for (int e = 0; e < entries; e++) {
      System.arraycopy(leaves, e * H, stack, depth++ * H, H);
      // levels the leaf completes: the trailing zeros of the size reached; within the block: those
      // of no more leaves than the block's e + 1
      long size = first + e + 1;
      int known =
          Math.min(Long.numberOfTrailingZeros(size), 31 - Integer.numberOfLeadingZeros(e + 1));
      nodeAt[e] = at;
      nodesKnown[e] = (byte) known;
      for (int level = 1; level <= known; level++) {
        depth -= 2;
        System.arraycopy(stack, depth * H, pair, 1, 2 * H);
        sha256.update(pair, 0, pair.length);
        digest(stack, depth * H);
        System.arraycopy(stack, depth * H, nodes, at, H);
        at += H;
        depth++;
      }
    }
  }

  private void digest(byte[] into, int offset) {
    try {
      sha256.digest(into, offset, H);
    } catch (DigestException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private void examine(int e) {
    int at = entryAt[e] + 1 + Long.BYTES;
    int key = at + Integer.BYTES;
    int keyLength = view.getInt(at);
    at = key + Math.max(keyLength, 0);
    int unit = at + Integer.BYTES;
    int unitLength = view.getInt(at);
    at = unit + Math.max(unitLength, 0);
    int subject = at + Integer.BYTES;
    int subjectLength = view.getInt(at);
    at = subject + Math.max(subjectLength, 0);
    int entry = at + Integer.BYTES;
    int entryLength = view.getInt(at);
    at = entry + entryLength;
    int leaf = at + Integer.BYTES;
    int leafLength = view.getInt(at);

    sha256.update((byte) 0x00);
    sha256.update(bytes, entry, entryLength);
    try {
      sha256.digest(leaves, e * H, H);
    } catch (DigestException impossible) {
      throw new IllegalStateException(impossible);
    }
    leafMatches[e] =
        leafLength == H && Arrays.equals(bytes, leaf, leaf + H, leaves, e * H, e * H + H);

    otherKeys[e] = null;
    problems[e] = null;
    if (scanner.laidOut(bytes, entry, entry + entryLength)
        && scanner.plain()
        && scanner.formatOne()
        && keyAgrees(key, keyLength)
        && equal(unit, unitLength, EntryFieldScanner.UNIT_TEXT)
        && subjectAgrees(subject, subjectLength)) {
      LatestIndexes.pack(bytes, key, keyLength, keys, e * KEY_LONGS);
      if (keys[e * KEY_LONGS] == 0) {
        otherKeys[e] = new String(bytes, key, keyLength, StandardCharsets.US_ASCII);
      }
      previous[e] = (byte) scanner.previous().ordinal();
      previousIndexes[e] = scanner.previousIndex();
    } else {
      byReference(e, key, keyLength, unit, unitLength, subject, subjectLength, entry, entryLength);
    }
  }

  /** Whether the record key column is the entry's {@code type/id}, byte for byte. */
  private boolean keyAgrees(int key, int length) {
    int typeFrom = scanner.from(EntryFieldScanner.TYPE_TEXT);
    int typeLength = scanner.to(EntryFieldScanner.TYPE_TEXT) - typeFrom;
    int idFrom = scanner.from(EntryFieldScanner.ID_TEXT);
    int idLength = scanner.to(EntryFieldScanner.ID_TEXT) - idFrom;
    return length == typeLength + 1 + idLength
        && Arrays.equals(bytes, key, key + typeLength, bytes, typeFrom, typeFrom + typeLength)
        && bytes[key + typeLength] == '/'
        && Arrays.equals(
            bytes, key + typeLength + 1, key + length, bytes, idFrom, idFrom + idLength);
  }

  /**
   * Whether the subject column, stripped of white space as the reference strips it, is the entry's
   * subject; null for null. A column beyond ASCII is not judged here (false).
   */
  private boolean subjectAgrees(int subject, int length) {
    if (scanner.from(EntryFieldScanner.SUBJECT_TEXT) < 0 || length < 0) {
      return scanner.from(EntryFieldScanner.SUBJECT_TEXT) < 0 && length < 0;
    }
    int from = subject;
    int to = subject + length;
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    while (from < to && whiteSpace(bytes[from])) {
      from++;
    }
    while (to > from && whiteSpace(bytes[to - 1])) {
      to--;
    }
    return equal(from, to - from, EntryFieldScanner.SUBJECT_TEXT);
  }

  /** {@link Character#isWhitespace} for ASCII, which {@link String#strip} removes. */
  private static boolean whiteSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  }

  /**
   * Whether the column of {@code length} bytes at {@code at} is the entry's string {@code value}.
   */
  private boolean equal(int at, int length, int value) {
    int from = scanner.from(value);
    int to = scanner.to(value);
    return length == to - from && Arrays.equals(bytes, at, at + length, bytes, from, to);
  }

  /** Judges entry {@code e} as the reference does: decoded, by {@link EntryChain#examine}. */
  private void byReference(
      int e,
      int key,
      int keyLength,
      int unit,
      int unitLength,
      int subject,
      int subjectLength,
      int entry,
      int entryLength) {
    long index = view.getLong(entryAt[e] + 1);
    byte[] entryBytes = Arrays.copyOfRange(bytes, entry, entry + entryLength);
    StoredEntry row =
        new StoredEntry(
            index,
            text(key, keyLength),
            text(unit, unitLength),
            text(subject, subjectLength),
            entryBytes,
            null);
    reference.unlinked[0] = null;
    reference.rowProblems[0] = null;
    EntryChain.examine(row, EntryFields.read(entryBytes), reference, 0);
    problems[e] = reference.unlinked[0] != null ? reference.unlinked[0] : reference.rowProblems[0];
    if (problems[e] == null) {
      System.arraycopy(reference.keys, 0, keys, e * KEY_LONGS, KEY_LONGS);
      if (keys[e * KEY_LONGS] == 0) {
        otherKeys[e] = reference.fields[0].recordKey();
      }
      previous[e] = (byte) reference.previous[0].ordinal();
      previousIndexes[e] = reference.previousIndexes[0];
    }
  }

  private String text(int at, int length) {
    return length < 0 ? null : new String(bytes, at, length, StandardCharsets.UTF_8);
  }

  // ---- what the examination found, for the in-order check ----

  /** The stored index of entry {@code e}. */
  long index(int e) {
    return view.getLong(entryAt[e] + 1);
  }

  /**
   * The nodes of the tree entry {@code e}'s leaf completes within the block (see {@link
   * #nodesKnown}), from {@link #nodeAt}, level 1 first, when the block's entries have the indexes
   * from its first one's up.
   */
  byte[] nodes() {
    return nodes;
  }

  int nodeAt(int e) {
    return nodeAt[e];
  }

  /** How many levels of the nodes entry {@code e}'s leaf completes lie within the block. */
  int nodesKnown(int e) {
    return nodesKnown[e];
  }

  /** The leaf hashes recomputed, entry {@code e}'s at {@code e * 32}. */
  byte[] leaves() {
    return leaves;
  }

  boolean leafMatches(int e) {
    return leafMatches[e];
  }

  /** What is wrong with entry {@code e} alone (format, record, row columns), or null. */
  String problem(int e) {
    return problems[e];
  }

  /** The packed record keys, entry {@code e}'s at {@code e * KEY_LONGS}. */
  long[] keys() {
    return keys;
  }

  /** Entry {@code e}'s record key when it does not pack (zeros in {@link #keys}), else null. */
  String otherKey(int e) {
    return otherKeys[e];
  }

  /**
   * The half of the records ({@link LatestIndexes#half}) entry {@code e}'s record falls into, or
   * {@link #NO_HALF} when the entry cannot be linked to a record ({@link #problem}).
   */
  int half(int e) {
    return halves[e];
  }

  Previous previous(int e) {
    return PREVIOUS[previous[e]];
  }

  long previousIndex(int e) {
    return previousIndexes[e];
  }
}
