package kz.ecase.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JCS) text of plain values in one pass: maps with string keys (written in the order of
 * UTF-16 code units, {@link String#compareTo}), lists, strings, booleans, null and integers within
 * ±2^53 (whose ECMAScript form is their decimal digits). Strings are escaped as ECMAScript's {@code
 * JSON.stringify} does: {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other controls as {@code
 * \}{@code u00xx} in lower case, everything else as is. Any other value (a record, a date, a
 * fraction, a string with characters beyond the BMP) is not written here: {@link #write} answers
 * null and the caller canonicalises the general way.
 */
final class CanonicalJson {

  private static final long LARGEST_EXACT_INTEGER = 1L << 53;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(512);

  private CanonicalJson() {}

  /**
   * The canonical text of {@code value}, or null when it holds a value this class does not write.
   */
  static String write(Object value) {
    CanonicalJson json = new CanonicalJson();
    return json.value(value) ? json.out.toString() : null;
  }

  private boolean value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      return string(text);
    } else if (value instanceof Boolean bool) {
      out.append(bool.booleanValue());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long number = ((Number) value).longValue();
      if (Math.abs(number) > LARGEST_EXACT_INTEGER) {
        return false;
      }
      out.append(number);
    } else if (value instanceof Map<?, ?> map) {
      return object(map);
    } else if (value instanceof List<?> list) {
      return array(list);
    } else {
      return false;
    }
    return true;
  }

  private boolean object(Map<?, ?> map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String name)) {
        return false;
      }
      keys.add(name);
    }
    keys.sort(null);
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      if (!string(keys.get(i))) {
        return false;
      }
      out.append(':');
      if (!value(map.get(keys.get(i)))) {
        return false;
      }
    }
    out.append('}');
    return true;
  }

  private boolean array(List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      if (!value(list.get(i))) {
        return false;
      }
    }
    out.append(']');
    return true;
  }

  /** Writes the string; false for a surrogate (left to the general way, as unpaired ones are). */
  private boolean string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else if (Character.isSurrogate(c)) {
            return false;
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    return true;
  }
}
