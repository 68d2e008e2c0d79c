package kz.ecase.platform;

import java.util.Optional;

/**
 * The one rule of which characters ecase stores and renders. Text may hold any Unicode character
 * except:
 *
 * <ul>
 *   <li>control characters: U+0000–U+001F (tab, line feed and carriage return excepted), U+007F and
 *       U+0080–U+009F;
 *   <li>noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
 *       U+1FFFE, …);
 *   <li>surrogates that are not part of a pair.
 * </ul>
 *
 * Such characters cannot be typed, mean nothing in a procedural document and break XML (the PDF
 * renderer), the database (NUL) or the ledger's canonical JSON. Requests that carry them are
 * refused at the edge (400, naming the field); nothing is stripped or replaced silently.
 */
public final class TextPolicy {

  private TextPolicy() {}

  /** Whether {@code text} holds only characters that may be stored. */
  public static boolean acceptable(CharSequence text) {
    return refusal(text).isEmpty();
  }

  /**
   * Why {@code text} may not be stored (the first refused character and its position), or empty
   * when it may.
   */
  public static Optional<String> refusal(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (isNoncharacter(codePoint)) {
          return Optional.of(describe(codePoint, i, "a noncharacter"));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return Optional.of(describe(c, i, "a surrogate without its pair"));
      }
      if (isControl(c)) {
        return Optional.of(describe(c, i, "a control character"));
      }
      if (isNoncharacter(c)) {
        return Optional.of(describe(c, i, "a noncharacter"));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} with every character that XML 1.0 cannot hold replaced by U+FFFD, for renderers of
   * text stored before this policy (or by other means): a document renders, never fails.
   */
  public static String forXml(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed =
          pair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(length).append(text, 0, i);
      }
      if (out != null) {
        if (pair) {
          out.append(c).append(text.charAt(i + 1));
        } else {
          out.append(allowed ? c : '\uFFFD');
        }
      }
      if (pair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static String describe(int codePoint, int index, String what) {
    return "Holds %s (U+%04X at position %d), which no text may contain"
        .formatted(what, codePoint, index);
  }
}
