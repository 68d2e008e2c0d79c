package kz.ecase.cases.domain;

import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.NameFold;
import kz.ecase.kernel.SearchText;
import kz.ecase.kernel.SearchText.Refusal;
import kz.ecase.kernel.SearchText.RefusedQueryException;

/**
 * What a staff member typed to search the criminal register, and what it is: a person's IIN (12
 * digits, checked as {@link Iin} checks it), a crime report's KUI number (14 digits), an ERDR
 * number of a registration and its case (15 digits), or a part of a person's name (letters only,
 * the longest word at least {@value SearchText#MIN_WORD} letters, folded by {@link NameFold}, at
 * most {@value SearchText#MAX_WORDS} words). Spaces and hyphens inside digits are ignored. The
 * checks every search box makes are {@link SearchText}'s.
 *
 * @param key what the text is
 * @param value the value searched: the digits, or the folded name
 * @param words the folded words of a name (empty for the other keys)
 */
public record RegisterQuery(Key key, String value, List<String> words) {

  /** The message key of digits that are none of the numbers. */
  public static final String DIGITS_KEY = "search.error.register-digits";

  /** The message key of a name mixed with digits. */
  public static final String MIXED_KEY = "search.error.register-mixed";

  /** What a search is by. */
  public enum Key {
    IIN,
    KUI,
    ERDR,
    NAME
  }

  /**
   * The query the text is.
   *
   * @throws RefusedQueryException for an empty, too long or too short text, digits that are none of
   *     the numbers, an IIN with a wrong check digit, or a name mixed with digits
   */
  public static RegisterQuery of(String text) {
    String typed = SearchText.typed(text, "Type an IIN, a KUI or ERDR number or a name");
    String compact = typed.replaceAll("[\\s-]", "");
    if (compact.matches("[0-9]+")) {
      return digits(compact);
    }
    List<String> used = SearchText.nameWords(typed, MIXED_KEY, "A name has no digits");
    return new RegisterQuery(Key.NAME, String.join(" ", used), used);
  }

  private static RegisterQuery digits(String digits) {
    return switch (digits.length()) {
      case 12 -> new RegisterQuery(Key.IIN, SearchText.iin(digits), List.of());
      case 14 -> new RegisterQuery(Key.KUI, digits, List.of());
      case 15 -> new RegisterQuery(Key.ERDR, digits, List.of());
      default ->
          throw new RefusedQueryException(
              Refusal.DIGITS,
              DIGITS_KEY,
              "An IIN has 12 digits, a KUI number 14, an ERDR number 15");
    };
  }
}
