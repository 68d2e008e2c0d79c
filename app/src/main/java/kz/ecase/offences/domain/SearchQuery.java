package kz.ecase.offences.domain;

import java.util.List;
import java.util.Locale;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.NameFold;

/**
 * What a staff member typed into the one search box, and what it is: a person's IIN (12 digits,
 * checked as {@link Iin} checks it), a protocol's number (14 digits), a vehicle's plate (4 to 10
 * Latin letters and digits, both present, spaces and hyphens ignored: {@code 123 abc-01}) or a
 * person's name (a part of it: letters only, the longest word at least {@value #MIN_WORD} letters,
 * folded by {@link NameFold}).
 *
 * @param key what the text is
 * @param value the value searched: the IIN, the number, the plate in capitals, or the folded name
 * @param words the folded words of a name (empty for the other keys)
 */
public record SearchQuery(Key key, String value, List<String> words) {

  /** The shortest word a name search needs: shorter parts match too much to be of use. */
  public static final int MIN_WORD = 3;

  /** The longest text accepted. */
  public static final int MAX_LENGTH = 100;

  /** The most words of a name. */
  public static final int MAX_WORDS = 5;

  /** What a search is by. */
  public enum Key {
    IIN,
    NUMBER,
    PLATE,
    NAME
  }

  /** Why a text is refused, with the message key of each reason. */
  public enum Refusal {
    EMPTY("search.error.empty"),
    TOO_LONG("search.error.too-long"),
    TOO_SHORT("search.error.too-short"),
    DIGITS("search.error.digits"),
    INVALID_IIN("search.error.iin"),
    MIXED("search.error.mixed");

    private final String messageKey;

    Refusal(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** Thrown for a text that is none of the keys. */
  public static final class RefusedQueryException extends IllegalArgumentException {
    private final transient Refusal refusal;

    RefusedQueryException(Refusal refusal, String message) {
      super(message);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /**
   * The query the text is.
   *
   * @throws RefusedQueryException for an empty, too long or too short text, digits that are neither
   *     an IIN nor a number, an IIN with a wrong check digit, or a mix of a name and digits
   */
  public static SearchQuery of(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      throw refused(Refusal.EMPTY, "Type an IIN, a protocol number, a plate or a name");
    }
    if (typed.length() > MAX_LENGTH) {
      throw refused(Refusal.TOO_LONG, "At most " + MAX_LENGTH + " characters");
    }
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (compact.matches("[0-9]+")) {
      return digits(compact);
    }
    if (compact.matches("[0-9A-Z]{4,10}") && compact.matches(".*[0-9].*")) {
      return new SearchQuery(Key.PLATE, compact, List.of());
    }
    List<String> words = NameFold.words(typed);
    if (words.stream().anyMatch(w -> w.matches(".*[0-9].*"))) {
      throw refused(Refusal.MIXED, "A name has no digits; a plate has 4 to 10 letters and digits");
    }
    if (words.isEmpty() || words.stream().allMatch(w -> w.length() < MIN_WORD)) {
      throw refused(Refusal.TOO_SHORT, "At least " + MIN_WORD + " letters of a name");
    }
    List<String> used = words.stream().limit(MAX_WORDS).toList();
    return new SearchQuery(Key.NAME, String.join(" ", used), used);
  }

  private static SearchQuery digits(String digits) {
    if (digits.length() == 12) {
      var violation = Iin.check(digits);
      if (violation.isPresent()) {
        throw refused(Refusal.INVALID_IIN, violation.get().message());
      }
      return new SearchQuery(Key.IIN, digits, List.of());
    }
    if (digits.length() == 14) {
      return new SearchQuery(Key.NUMBER, digits, List.of());
    }
    throw refused(Refusal.DIGITS, "An IIN has 12 digits, a protocol number 14");
  }

  private static RefusedQueryException refused(Refusal refusal, String message) {
    return new RefusedQueryException(refusal, message);
  }
}
