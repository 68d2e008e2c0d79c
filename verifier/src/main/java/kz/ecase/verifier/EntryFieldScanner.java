package kz.ecase.verifier;

import java.nio.charset.StandardCharsets;
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

  private final byte[] bytes;
  private int at;

  private EntryFieldScanner(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The entry's fields, or null when the bytes are not canonical JSON the scanner can read. */
  static EntryFields scan(byte[] entry) {
    if (entry.length > MAX_LENGTH) {
      return null;
    }
    try {
      return new EntryFieldScanner(entry).entry();
    } catch (NotCanonical e) {
      return null;
    }
  }

  private EntryFields entry() {
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
            previous = literal("null") ? Previous.NULL : skipAny(Previous.NOT_AN_INDEX);
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
    if (at != bytes.length) {
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
    while (true) {
      byte c = next();
      if (c == '"') {
        break;
      } else if (c == '\\' || (c >= 0 && c < 0x20)) {
        throw NOT_CANONICAL;
      } else if (c < 0) {
        utf8(c);
      }
    }
    if (at - 1 - start > MAX_KEY) {
      throw NOT_CANONICAL;
    }
    return at - 1;
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
      case 't' -> requireLiteral("true");
      case 'f' -> requireLiteral("false");
      case 'n' -> requireLiteral("null");
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
    byte[] b = bytes;
    int i = at;
    while (true) {
      if (i >= b.length) {
        throw NOT_CANONICAL;
      }
      byte c = b[i++];
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      if (c == '"') {
        at = i;
        return;
      }
      at = i;
      if (c == '\\') {
        escape();
      } else if (c < 0) {
        utf8(c);
      } else {
        throw NOT_CANONICAL;
      }
      i = at;
    }
  }

  /** Reads a string whose opening quote is next, decoding its escapes. */
  private String string() {
    at++;
    int start = at;
    boolean escaped = false;
    boolean ascii = true;
    while (true) {
      byte c = next();
      if (c == '"') {
        break;
      } else if (c == '\\') {
        escaped = true;
        escape();
      } else if (c < 0) {
        ascii = false;
        utf8(c);
      } else if (c < 0x20) {
        throw NOT_CANONICAL;
      }
    }
    int end = at - 1;
    if (!escaped) {
      return new String(
          bytes, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
    return unescape(start, end);
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

  /** Checks an escape whose backslash is behind. */
  private void escape() {
    byte c = next();
    switch (c) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {}
      case 'u' -> {
        for (int k = 0; k < 4; k++) {
          byte h = next();
          if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
            throw NOT_CANONICAL;
          }
        }
      }
      default -> throw NOT_CANONICAL;
    }
  }

  /** Checks a well-formed UTF-8 sequence (RFC 3629) whose lead byte is behind. */
  private void utf8(byte lead) {
    int l = lead & 0xff;
    int more;
    int min = 0x80;
    int max = 0xbf;
    if (l >= 0xc2 && l <= 0xdf) {
      more = 1;
    } else if (l >= 0xe0 && l <= 0xef) {
      more = 2;
      min = l == 0xe0 ? 0xa0 : 0x80;
      max = l == 0xed ? 0x9f : 0xbf;
    } else if (l >= 0xf0 && l <= 0xf4) {
      more = 3;
      min = l == 0xf0 ? 0x90 : 0x80;
      max = l == 0xf4 ? 0x8f : 0xbf;
    } else {
      throw NOT_CANONICAL;
    }
    int second = next() & 0xff;
    if (second < min || second > max) {
      throw NOT_CANONICAL;
    }
    for (int k = 1; k < more; k++) {
      if ((next() & 0xc0) != 0x80) {
        throw NOT_CANONICAL;
      }
    }
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
    while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
      value = value * 10 + (bytes[at++] - '0');
    }
    int digits = at - start;
    if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && bytes[start] == '0')) {
      throw NOT_CANONICAL;
    }
    if (at < bytes.length && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) {
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
    if (at < bytes.length && bytes[at] == '.') {
      at++;
      requireDigits();
    }
    if (at < bytes.length && (bytes[at] == 'e' || bytes[at] == 'E')) {
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
    while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
      at++;
    }
    if (at == start) {
      throw NOT_CANONICAL;
    }
  }

  /** Whether {@code word} comes next; if so, skips it. */
  private boolean literal(String word) {
    if (at + word.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (bytes[at + i] != word.charAt(i)) {
        return false;
      }
    }
    at += word.length();
    return true;
  }

  private void requireLiteral(String word) {
    if (!literal(word)) {
      throw NOT_CANONICAL;
    }
  }

  private byte peek() {
    if (at >= bytes.length) {
      throw NOT_CANONICAL;
    }
    return bytes[at];
  }

  private byte next() {
    if (at >= bytes.length) {
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
