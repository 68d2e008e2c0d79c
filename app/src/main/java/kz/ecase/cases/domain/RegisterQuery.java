package kz.ecase.cases.domain;

import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.NameFold;

/**
 * What a staff member typed to search the criminal register, and what it is: a person's IIN (12
 * digits, checked as {@link Iin} checks it), a crime report's KUI number (14 digits), an ERDR
 * number of a registration and its case (15 digits), or a part of a person's name (letters only,
 * the longest word at least {@value #MIN_WORD} letters, folded by {@link NameFold}, at most {@value
 * #MAX_WORDS} words). Spaces and hyphens inside digits are ignored.
 *
 * @param key what the text is
 * @param value the value searched: the digits, or the folded name
 * @param words the folded words of a name (empty for the other keys)
 */
public record RegisterQuery(Key key, String value, List<String> words) {

  public static final int MIN_WORD = 3;
  public static final int MAX_LENGTH = 100;
  public static final int MAX_WORDS = 5;

  /** What a search is by. */
  public enum Key {
    IIN,
    KUI,
    ERDR,
    NAME
  }

  /** Why a text is refused, with the message key of each reason. */
  public enum Refusal {
    EMPTY("search.error.empty"),
    TOO_LONG("search.error.too-long"),
    TOO_SHORT("search.error.too-short"),
    DIGITS("search.error.register-digits"),
    INVALID_IIN("search.error.iin"),
    MIXED("search.error.register-mixed");

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
   * @throws RefusedQueryException for an empty, too long or too short text, digits that are none of
   *     the numbers, an IIN with a wrong check digit, or a name mixed with digits
   */
  public static RegisterQuery of(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      throw refused(Refusal.EMPTY, "Type an IIN, a KUI or ERDR number or a name");
    }
    if (typed.length() > MAX_LENGTH) {
      throw refused(Refusal.TOO_LONG, "At most " + MAX_LENGTH + " characters");
    }
    String compact = typed.replaceAll("[\\s-]", "");
    if (compact.matches("[0-9]+")) {
      return digits(compact);
    }
    List<String> words = NameFold.words(typed);
    if (words.stream().anyMatch(w -> w.matches(".*[0-9].*"))) {
      throw refused(Refusal.MIXED, "A name has no digits");
    }
    if (words.isEmpty() || words.stream().allMatch(w -> w.length() < MIN_WORD)) {
      throw refused(Refusal.TOO_SHORT, "At least " + MIN_WORD + " letters of a name");
    }
    List<String> used = words.stream().limit(MAX_WORDS).toList();
    return new RegisterQuery(Key.NAME, String.join(" ", used), used);
  }

  private static RegisterQuery digits(String digits) {
    return switch (digits.length()) {
      case 12 -> {
        var violation = Iin.check(digits);
        if (violation.isPresent()) {
          throw refused(Refusal.INVALID_IIN, violation.get().message());
        }
        yield new RegisterQuery(Key.IIN, digits, List.of());
      }
      case 14 -> new RegisterQuery(Key.KUI, digits, List.of());
      case 15 -> new RegisterQuery(Key.ERDR, digits, List.of());
      default ->
          throw refused(Refusal.DIGITS, "An IIN has 12 digits, a KUI number 14, an ERDR number 15");
    };
  }

  private static RefusedQueryException refused(Refusal refusal, String message) {
    return new RefusedQueryException(refusal, message);
  }
}
