package kz.ecase.verifier;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.ecase.verifier.EntryFields.Previous;

/**
 * Reads an entry's {@link EntryFields} straight from its bytes, without building a JSON tree, when
 * the bytes are JSON as RFC 8785 writes it: no whitespace, the keys of the entry and of its record
 * unescaped and in increasing order (so none repeats), and {@code format} and {@code previous},
 * when numbers, integers of at most 18 digits. It walks the whole entry once, member by member,
 * checking every value to be JSON down to the UTF-8 of its strings, so no bytes a parser would
 * refuse pass for an entry; strings are skipped whole, so quotes, braces or {@code "previous":}
 * inside them are only text. Whatever it cannot vouch for it answers with null, leaving the entry
 * to a full parse.
 */
final class EntryFieldScanner {

  private static final int MAX_LENGTH = 1 << 20;
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NUMBER = 100;
  private static final int MAX_KEY = 1000;
  private static final int MAX_DIGITS = 18;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final Literal OPEN_ACTOR = new Literal("{\"actor\":");
  private static final Literal THEN_ATTACHMENTS = new Literal(",\"attachments\":");
  private static final Literal THEN_FORMAT = new Literal(",\"format\":");
  private static final Literal THEN_PAYLOAD = new Literal(",\"payload\":");
  private static final Literal THEN_PREVIOUS = new Literal(",\"previous\":");
  private static final Literal THEN_RECORD_ID = new Literal(",\"record\":{\"id\":");
  private static final Literal THEN_TYPE = new Literal(",\"type\":");
  private static final Literal THEN_SUBJECT = new Literal("},\"subject\":");
  private static final Literal THEN_TIME = new Literal(",\"time\":");
  private static final Literal THEN_UNIT = new Literal(",\"unit\":");
  private static final Literal NULL = new Literal("null");
  private static final Literal TRUE = new Literal("true");
  private static final Literal FALSE = new Literal("false");

  private static final byte[] FORMAT = ascii("format");
  private static final byte[] PREVIOUS = ascii("previous");
  private static final byte[] RECORD = ascii("record");
  private static final byte[] UNIT = ascii("unit");
  private static final byte[] SUBJECT = ascii("subject");
  private static final byte[] ID = ascii("id");
  private static final byte[] TYPE = ascii("type");

  /** Signals bytes the scanner does not vouch for; carries no stack trace, it is never shown. */
  private static final class NotCanonical extends RuntimeException {
    NotCanonical() {
      super(null, null, false, false);
    }
  }

  private static final NotCanonical NOT_CANONICAL = new NotCanonical();

  /**
   * Bytes the scanner expects in a given place, at most 16, compared as two little-endian longs
   * (the bytes after the literal masked off) where the array holds 16 bytes from there, else byte
   * by byte: the same answer either way.
   */
  private static final class Literal {
    final int length;
    private final byte[] text;
    private final long first;
    private final long second;
    private final long firstMask;
    private final long secondMask;

    Literal(String ascii) {
      text = ascii(ascii);
      length = text.length;
      if (length > 2 * Long.BYTES) {
        throw new IllegalArgumentException("a literal of more than 16 bytes: " + ascii);
      }
      byte[] padded = Arrays.copyOf(text, 2 * Long.BYTES);
      first = (long) LONGS.get(padded, 0);
      second = (long) LONGS.get(padded, Long.BYTES);
      firstMask = mask(length);
      secondMask = mask(length - Long.BYTES);
    }

    /**
     * A mask of the lowest {@code bytes} bytes of a long (none if 0 or fewer, all if 8 or more).
     */
    private static long mask(int bytes) {
      return bytes <= 0 ? 0 : bytes >= Long.BYTES ? -1L : (1L << (bytes * Long.BYTES)) - 1;
    }

    /**
     * Whether {@code bytes} holds the literal from {@code at} (which the caller keeps in range).
     */
    boolean at(byte[] bytes, int at) {
      if (at + 2 * Long.BYTES > bytes.length) {
        return Arrays.equals(bytes, at, at + length, text, 0, length);
      }
      return (((long) LONGS.get(bytes, at) ^ first) & firstMask) == 0
          && (((long) LONGS.get(bytes, at + Long.BYTES) ^ second) & secondMask) == 0;
    }
  }

  private static final int ESCAPED = 1;
  private static final int NON_ASCII = 2;

  /** The string values {@link #laidOut} finds, by their place in {@link #spans}. */
  static final int ID_TEXT = 0;

  static final int TYPE_TEXT = 3;
  static final int SUBJECT_TEXT = 6;
  static final int UNIT_TEXT = 9;

  private byte[] bytes;
  private int first;
  private int limit;
  private int at;
  private int flags;
  private boolean formatOne;
  private Previous previous;
  private long previousIndex;
  private final int[] spans = new int[12]; // per string value: its text's start, end and flags
  private int spanFlags;

  /** A scanner to read many entries with, one after the other, by {@link #laidOut}. */
  EntryFieldScanner() {}

  /** The entry's fields, or null when the bytes are not canonical JSON the scanner can read. */
  static EntryFields scan(byte[] entry) {
    if (entry.length > MAX_LENGTH) {
      return null;
    }
    EntryFieldScanner scanner = new EntryFieldScanner();
    if (scanner.laidOut(entry, 0, entry.length)) {
      return scanner.fields();
    }
    try {
      scanner.at = scanner.first;
      return scanner.anyLayout();
    } catch (NotCanonical e) {
      return null;
    }
  }

  /**
   * Whether the entry in {@code bytes[from, to)} is canonical JSON laid out as the application lays
   * it out (see {@link #applicationLayout}); if so, what it holds is then told by {@link
   * #formatOne}, {@link #previous}, {@link #previousIndex} and, for its strings, {@link #from},
   * {@link #to} and {@link #plain}, without a string or any other object made. False says nothing
   * about the entry: {@link #scan} and {@link EntryFields#read} judge it.
   */
  boolean laidOut(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.first = from;
    this.limit = to;
    this.at = from;
    if (to - from > MAX_LENGTH) {
      return false;
    }
    try {
      return applicationLayout();
    } catch (NotCanonical e) {
      return false;
    }
  }

  /**
   * Where the string whose text starts at {@code from} in {@code bytes} closes (the index of its
   * closing quote, which must lie before {@code to}), its escapes, control characters and UTF-8
   * checked; -1 when the scanner does not vouch for it. For tests of the string check.
   */
  static int closingQuote(byte[] bytes, int from, int to) {
    EntryFieldScanner scanner = new EntryFieldScanner();
    scanner.bytes = bytes;
    scanner.limit = to;
    try {
      return scanner.closingQuote(from);
    } catch (NotCanonical e) {
      return -1;
    }
  }

  /** Whether {@code format} is the integer 1, of the entry {@link #laidOut} last read. */
  boolean formatOne() {
    return formatOne;
  }

  /** What {@code previous} holds ({@link Previous#INDEX} or {@link Previous#NULL}). */
  Previous previous() {
    return previous;
  }

  /** The index in {@code previous}, when it holds one. */
  long previousIndex() {
    return previousIndex;
  }

  /**
   * Where the text of the string {@code value} ({@link #ID_TEXT}, ...) starts; -1 for a null
   * subject.
   */
  int from(int value) {
    return spans[value];
  }

  /** Where the text of the string {@code value} ends (its closing quote). */
  int to(int value) {
    return spans[value + 1];
  }

  /** Whether the record's id and type, the subject and the unit are ASCII without escapes. */
  boolean plain() {
    return spanFlags == 0;
  }

  /** The fields of the entry {@link #laidOut} last read, its strings decoded. */
  EntryFields fields() {
    return new EntryFields(
        null,
        formatOne,
        text(TYPE_TEXT) + "/" + text(ID_TEXT),
        previous,
        previousIndex,
        text(UNIT_TEXT),
        spans[SUBJECT_TEXT] < 0 ? null : text(SUBJECT_TEXT));
  }

  private String text(int value) {
    return decode(spans[value], spans[value + 1], spans[value + 2]);
  }

  /**
   * Whether the entry's members are those the application writes, in their order: {@code
   * {"actor":"…","attachments":…,"format":n,"payload":…,"previous":n|null,
   * "record":{"id":"…","type":"…"},"subject":"…"|null,"time":"…","type":"…","unit":"…"}}, read
   * without looking at keys one by one, its values noted as {@link #laidOut} tells; false for any
   * other layout.
   */
  private boolean applicationLayout() {
    spanFlags = 0;
    if (!literal(OPEN_ACTOR) || !skipStringValue() || !literal(THEN_ATTACHMENTS)) {
      return false;
    }
    skipValue(1);
    if (!literal(THEN_FORMAT) || !isNumber(peek())) {
      return false;
    }
    formatOne = integer() == 1;
    if (!literal(THEN_PAYLOAD)) {
      return false;
    }
    skipValue(1);
    if (!literal(THEN_PREVIOUS)) {
      return false;
    }
    previous = Previous.NULL;
    previousIndex = 0;
    if (isNumber(peek())) {
      previous = Previous.INDEX;
      previousIndex = integer();
    } else if (!literal(NULL)) {
      return false;
    }
    if (!literal(THEN_RECORD_ID) || peek() != '"') {
      return false;
    }
    span(ID_TEXT);
    if (!literal(THEN_TYPE) || peek() != '"') {
      return false;
    }
    span(TYPE_TEXT);
    if (!literal(THEN_SUBJECT)) {
      return false;
    }
    spans[SUBJECT_TEXT] = -1;
    if (peek() == '"') {
      span(SUBJECT_TEXT);
    } else if (!literal(NULL)) {
      return false;
    }
    if (!literal(THEN_TIME)
        || !skipStringValue()
        || !literal(THEN_TYPE)
        || !skipStringValue()
        || !literal(THEN_UNIT)
        || peek() != '"') {
      return false;
    }
    span(UNIT_TEXT);
    return next() == '}' && at == limit;
  }

  /** Notes where the string whose opening quote is next lies, and its flags; skips it. */
  private void span(int value) {
    at++;
    flags = 0;
    int close = closingQuote(at);
    spans[value] = at;
    spans[value + 1] = close;
    spans[value + 2] = flags;
    spanFlags |= flags;
    at = close + 1;
  }

  /** Skips a string value if one is next; false if something else is. */
  private boolean skipStringValue() {
    if (peek() != '"') {
      return false;
    }
    at = closingQuote(at + 1) + 1;
    return true;
  }

  /** The fields of an entry whose members may be any, in increasing order of their keys. */
  private EntryFields anyLayout() {
    boolean formatOne = false;
    String recordKey = null;
    Previous previous = Previous.ABSENT;
    long previousIndex = 0;
    String unit = null;
    String subject = null;
    expect('{');
    if (peek() == '}') {
      at++;
    } else {
      int lastKey = -1;
      int lastKeyEnd = -1;
      while (true) {
        int key = at + 1;
        int keyEnd = plainKey();
        requireIncreasing(lastKey, lastKeyEnd, key, keyEnd);
        lastKey = key;
        lastKeyEnd = keyEnd;
        expect(':');
        if (named(key, keyEnd, FORMAT)) {
          formatOne = isNumber(peek()) ? integer() == 1 : skipValue(1);
        } else if (named(key, keyEnd, PREVIOUS)) {
          if (isNumber(peek())) {
            previousIndex = integer();
            previous = Previous.INDEX;
          } else {
            previous = literal(NULL) ? Previous.NULL : skipAny(Previous.NOT_AN_INDEX);
          }
        } else if (named(key, keyEnd, RECORD)) {
          recordKey = peek() == '{' ? record() : skipAny(null);
        } else if (named(key, keyEnd, UNIT)) {
          unit = peek() == '"' ? string() : skipAny(null);
        } else if (named(key, keyEnd, SUBJECT)) {
          subject = peek() == '"' ? string() : skipAny(null);
        } else {
          skipValue(1);
        }
        byte next = next();
        if (next == '}') {
          break;
        } else if (next != ',') {
          throw NOT_CANONICAL;
        }
      }
    }
    if (at != limit) {
      throw NOT_CANONICAL;
    }
    return new EntryFields(null, formatOne, recordKey, previous, previousIndex, unit, subject);
  }

  /** The {@code record} object's {@code type/id}, or null if either is not a string. */
  private String record() {
    at++;
    String id = null;
    String type = null;
    if (peek() == '}') {
      at++;
      return null;
    }
    int lastKey = -1;
    int lastKeyEnd = -1;
    while (true) {
      int key = at + 1;
      int keyEnd = plainKey();
      requireIncreasing(lastKey, lastKeyEnd, key, keyEnd);
      lastKey = key;
      lastKeyEnd = keyEnd;
      expect(':');
      if (named(key, keyEnd, ID)) {
        id = peek() == '"' ? string() : skipAny(null);
      } else if (named(key, keyEnd, TYPE)) {
        type = peek() == '"' ? string() : skipAny(null);
      } else {
        skipValue(2);
      }
      byte next = next();
      if (next == '}') {
        break;
      } else if (next != ',') {
        throw NOT_CANONICAL;
      }
    }
    return id == null || type == null ? null : type + "/" + id;
  }

  /** Skips a key without escapes; returns where its text ends, {@code at} being past its quote. */
  private int plainKey() {
    expect('"');
    int start = at;
    flags = 0;
    int end = closingQuote(start);
    if ((flags & ESCAPED) != 0 || end - start > MAX_KEY) {
      throw NOT_CANONICAL;
    }
    at = end + 1;
    return end;
  }

  private void requireIncreasing(int last, int lastEnd, int key, int keyEnd) {
    if (last < 0) {
      return;
    }
    int n = Math.min(lastEnd - last, keyEnd - key);
    for (int i = 0; i < n; i++) {
      int a = bytes[last + i] & 0xff;
      int b = bytes[key + i] & 0xff;
      if (a != b) {
        if (a > b) {
          throw NOT_CANONICAL;
        }
        return;
      }
    }
    if (lastEnd - last >= keyEnd - key) {
      throw NOT_CANONICAL;
    }
  }

  private boolean named(int key, int keyEnd, byte[] name) {
    if (keyEnd - key != name.length) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (bytes[key + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** Skips any value and answers {@code result}, for fields whose value is of the wrong kind. */
  private <T> T skipAny(T result) {
    skipValue(1);
    return result;
  }

  /** Skips one JSON value, checking it; answers false, for {@code format} when not a number. */
  private boolean skipValue(int depth) {
    byte c = peek();
    switch (c) {
      case '"' -> {
        at++;
        skipString();
      }
      case '{' -> skipObject(depth);
      case '[' -> skipArray(depth);
      case 't' -> requireLiteral(TRUE);
      case 'f' -> requireLiteral(FALSE);
      case 'n' -> requireLiteral(NULL);
      default -> {
        if (!isNumber(c)) {
          throw NOT_CANONICAL;
        }
        skipNumber();
      }
    }
    return false;
  }

  private void skipObject(int depth) {
    if (depth >= MAX_DEPTH) {
      throw NOT_CANONICAL;
    }
    at++;
    if (peek() == '}') {
      at++;
      return;
    }
    while (true) {
      expect('"');
      int start = at;
      skipString();
      if (at - start > MAX_KEY) {
        throw NOT_CANONICAL;
      }
      expect(':');
      skipValue(depth + 1);
      byte next = next();
      if (next == '}') {
        return;
      } else if (next != ',') {
        throw NOT_CANONICAL;
      }
    }
  }

  private void skipArray(int depth) {
    if (depth >= MAX_DEPTH) {
      throw NOT_CANONICAL;
    }
    at++;
    if (peek() == ']') {
      at++;
      return;
    }
    while (true) {
      skipValue(depth + 1);
      byte next = next();
      if (next == ']') {
        return;
      } else if (next != ',') {
        throw NOT_CANONICAL;
      }
    }
  }

  /** Skips a string whose opening quote is behind; checks its escapes and UTF-8. */
  private void skipString() {
    at = closingQuote(at) + 1;
  }

  /** Reads a string whose opening quote is next, decoding its escapes. */
  private String string() {
    at++;
    int start = at;
    flags = 0;
    int end = closingQuote(start);
    at = end + 1;
    return decode(start, end, flags);
  }

  /** The text of a string in {@code bytes[start, end)} whose {@link #closingQuote} noted flags. */
  private String decode(int start, int end, int flags) {
    if (flags == 0) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    } else if (flags == NON_ASCII) {
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
    return unescape(start, end);
  }

  /**
   * The index of the quote that closes a string whose text starts at {@code i}, its escapes,
   * control characters and UTF-8 checked on the way; notes in {@code flags} whether it has escapes
   * or bytes beyond ASCII. Eight bytes at a time while none of them needs a closer look, then
   * straight to the first that does; runs of two-byte UTF-8 (Cyrillic) eight bytes at a time too.
   */
  private int closingQuote(int i) {
    byte[] b = bytes;
    int words = limit - Long.BYTES;
    while (true) {
      while (i <= words) {
        long look = needsALook((long) LONGS.get(b, i));
        if (look != 0) {
          i += Long.numberOfTrailingZeros(look) >>> 3;
          break;
        }
        i += Long.BYTES;
      }
      if (i >= limit) {
        throw NOT_CANONICAL;
      }
      byte c = b[i];
      if (c == '"') {
        return i;
      } else if (c == '\\') {
        flags |= ESCAPED;
        i = escape(i + 1);
      } else if (c < 0) {
        flags |= NON_ASCII;
        i = utf8Run(i);
      } else if (c < 0x20) {
        throw NOT_CANONICAL;
      } else {
        i++; // in the last few bytes, read one by one
      }
    }
  }

  /**
   * The bytes of eight that are a quote, a backslash, a control character or not ASCII: the high
   * bit of each such byte set, the lowest of them exactly (the bits above it may be set wrongly),
   * none when there is none.
   */
  private static long needsALook(long word) {
    long quotes = word ^ 0x2222222222222222L;
    long backslashes = word ^ 0x5c5c5c5c5c5c5c5cL;
    long zeroInQuotes = (quotes - 0x0101010101010101L) & ~quotes;
    long zeroInBackslashes = (backslashes - 0x0101010101010101L) & ~backslashes;
    long belowSpace = (word - 0x2020202020202020L) & ~word;
    return (zeroInQuotes | zeroInBackslashes | belowSpace | word) & 0x8080808080808080L;
  }

  /**
   * Checks the UTF-8 from {@code i}, a byte beyond ASCII, up to the next ASCII byte; returns where
   * that is. Four two-byte sequences at a time while there are, then sequence by sequence.
   */
  private int utf8Run(int i) {
    byte[] b = bytes;
    int words = limit - Long.BYTES;
    while (i <= words && fourTwoByteSequences((long) LONGS.get(b, i))) {
      i += Long.BYTES;
    }
    while (i < limit && b[i] < 0) {
      i = twoByteSequence(b, i) ? i + 2 : utf8(i);
    }
    return i;
  }

  /**
   * Whether eight bytes (little-endian) are four well-formed two-byte UTF-8 sequences: each a lead
   * byte C2..DF (110xxxxx, not C0 or C1, which would be overlong) then one 80..BF (10xxxxxx).
   */
  private static boolean fourTwoByteSequences(long word) {
    if ((word & 0xc0e0c0e0c0e0c0e0L) != 0x80c080c080c080c0L) {
      return false;
    }
    long leadBits = word & 0x001e001e001e001eL; // zero in a lane only for C0 or C1
    return ((leadBits - 0x0001000100010001L) & 0x8000800080008000L) == 0;
  }

  /** Whether a well-formed two-byte UTF-8 sequence (C2..DF, 80..BF) starts at {@code i}. */
  private boolean twoByteSequence(byte[] b, int i) {
    int lead = b[i] & 0xff;
    return lead >= 0xc2 && lead <= 0xdf && i + 1 < limit && (b[i + 1] & 0xc0) == 0x80;
  }

  private String unescape(int start, int end) {
    StringBuilder text = new StringBuilder(end - start);
    int run = start;
    int i = start;
    while (i < end) {
      if (bytes[i] != '\\') {
        i++;
        continue;
      }
      text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
      byte kind = bytes[i + 1];
      switch (kind) {
        case 'b' -> text.append('\b');
        case 'f' -> text.append('\f');
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' ->
            text.append(
                (char)
                    Integer.parseInt(new String(bytes, i + 2, 4, StandardCharsets.ISO_8859_1), 16));
        default -> text.append((char) kind);
      }
      i += kind == 'u' ? 6 : 2;
      run = i;
    }
    return text.append(new String(bytes, run, end - run, StandardCharsets.UTF_8)).toString();
  }

  /** Checks the escape after a backslash, from {@code i}; returns where the escape ends. */
  private int escape(int i) {
    if (i >= limit) {
      throw NOT_CANONICAL;
    }
    switch (bytes[i]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        return i + 1;
      }
      case 'u' -> {
        if (i + 4 >= limit) {
          throw NOT_CANONICAL;
        }
        for (int k = 1; k <= 4; k++) {
          byte h = bytes[i + k];
          if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
            throw NOT_CANONICAL;
          }
        }
        return i + 5;
      }
      default -> throw NOT_CANONICAL;
    }
  }

  /** Checks a well-formed UTF-8 sequence (RFC 3629) from {@code i}; returns where it ends. */
  private int utf8(int i) {
    int lead = bytes[i] & 0xff;
    int more;
    int min = 0x80;
    int max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      more = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      more = 2;
      min = lead == 0xe0 ? 0xa0 : 0x80;
      max = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      more = 3;
      min = lead == 0xf0 ? 0x90 : 0x80;
      max = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
      throw NOT_CANONICAL;
    }
    if (i + more >= limit) {
      throw NOT_CANONICAL;
    }
    int second = bytes[i + 1] & 0xff;
    if (second < min || second > max) {
      throw NOT_CANONICAL;
    }
    for (int k = 2; k <= more; k++) {
      if ((bytes[i + k] & 0xc0) != 0x80) {
        throw NOT_CANONICAL;
      }
    }
    return i + more + 1;
  }

  private static boolean isNumber(byte c) {
    return c == '-' || (c >= '0' && c <= '9');
  }

  /** Reads an integer of at most 18 digits; a fraction or exponent is not vouched for. */
  private long integer() {
    boolean negative = peek() == '-';
    if (negative) {
      at++;
    }
    int start = at;
    long value = 0;
    while (at < limit && bytes[at] >= '0' && bytes[at] <= '9') {
      value = value * 10 + (bytes[at++] - '0');
    }
    int digits = at - start;
    if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && bytes[start] == '0')) {
      throw NOT_CANONICAL;
    }
    if (at < limit && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) {
      throw NOT_CANONICAL;
    }
    return negative ? -value : value;
  }

  /** Skips a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private void skipNumber() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else {
      requireDigits();
    }
    if (at < limit && bytes[at] == '.') {
      at++;
      requireDigits();
    }
    if (at < limit && (bytes[at] == 'e' || bytes[at] == 'E')) {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      requireDigits();
    }
    if (at - start > MAX_NUMBER) {
      throw NOT_CANONICAL;
    }
  }

  private void requireDigits() {
    int start = at;
    while (at < limit && bytes[at] >= '0' && bytes[at] <= '9') {
      at++;
    }
    if (at == start) {
      throw NOT_CANONICAL;
    }
  }

  /** Whether {@code text} comes next; if so, skips it. */
  private boolean literal(Literal text) {
    int end = at + text.length;
    if (end > limit || !text.at(bytes, at)) {
      return false;
    }
    at = end;
    return true;
  }

  private void requireLiteral(Literal word) {
    if (!literal(word)) {
      throw NOT_CANONICAL;
    }
  }

  private byte peek() {
    if (at >= limit) {
      throw NOT_CANONICAL;
    }
    return bytes[at];
  }

  private byte next() {
    if (at >= limit) {
      throw NOT_CANONICAL;
    }
    return bytes[at++];
  }

  private void expect(char c) {
    if (next() != c) {
      throw NOT_CANONICAL;
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
