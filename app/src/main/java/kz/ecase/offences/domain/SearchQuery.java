package kz.ecase.offences.domain;

import java.util.List;
import java.util.Locale;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.NameFold;
import kz.ecase.kernel.SearchText;
import kz.ecase.kernel.SearchText.Refusal;
import kz.ecase.kernel.SearchText.RefusedQueryException;

/**
 * What a staff member typed into the one search box, and what it is: a person's IIN (12 digits,
 * checked as {@link Iin} checks it), a protocol's number (14 digits), a vehicle's plate (4 to 10
 * Latin letters and digits, both present, spaces and hyphens ignored: {@code 123 abc-01}) or a
 * person's name (a part of it: letters only, the longest word at least {@value SearchText#MIN_WORD}
 * letters, folded by {@link NameFold}). The checks every search box makes are {@link SearchText}'s.
 *
 * @param key what the text is
 * @param value the value searched: the IIN, the number, the plate in capitals, or the folded name
 * @param words the folded words of a name (empty for the other keys)
 */
public record SearchQuery(Key key, String value, List<String> words) {

  /** The message key of digits that are neither an IIN nor a number. */
  public static final String DIGITS_KEY = "search.error.digits";

  /** The message key of a mix of a name and digits that is no plate. */
  public static final String MIXED_KEY = "search.error.mixed";

  /** What a search is by. */
  public enum Key {
    IIN,
    NUMBER,
    PLATE,
    NAME
  }

  /**
   * The query the text is.
   *
   * @throws RefusedQueryException for an empty, too long or too short text, digits that are neither
   *     an IIN nor a number, an IIN with a wrong check digit, or a mix of a name and digits
   */
  public static SearchQuery of(String text) {
    String typed = SearchText.typed(text, "Type an IIN, a protocol number, a plate or a name");
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (compact.matches("[0-9]+")) {
      return digits(compact);
    }
    if (compact.matches("[0-9A-Z]{4,10}") && compact.matches(".*[0-9].*")) {
      return new SearchQuery(Key.PLATE, compact, List.of());
    }
    List<String> used =
        SearchText.nameWords(
            typed, MIXED_KEY, "A name has no digits; a plate has 4 to 10 letters and digits");
    return new SearchQuery(Key.NAME, String.join(" ", used), used);
  }

  private static SearchQuery digits(String digits) {
    if (digits.length() == 12) {
      return new SearchQuery(Key.IIN, SearchText.iin(digits), List.of());
    }
    if (digits.length() == 14) {
      return new SearchQuery(Key.NUMBER, digits, List.of());
    }
    throw new RefusedQueryException(
        Refusal.DIGITS, DIGITS_KEY, "An IIN has 12 digits, a protocol number 14");
  }
}
