package kz.ecase.kernel;

import java.util.List;

/**
 * The checks every staff search box makes of what was typed before a module reads it as one of its
 * keys: the text stripped, neither empty nor longer than {@value #MAX_LENGTH} characters; 12 digits
 * a valid {@link Iin}; a name only letters, the longest word at least {@value #MIN_WORD} letters,
 * folded by {@link NameFold}, at most {@value #MAX_WORDS} words. A refusal names its kind and the
 * message key the page shows: the same keys for every search, but for the refusals whose wording
 * depends on the search's keys ({@link Refusal#DIGITS}, {@link Refusal#MIXED}), which the module
 * passes.
 */
public final class SearchText {

  /** The shortest word a name search needs: shorter parts match too much to be of use. */
  public static final int MIN_WORD = 3;

  /** The longest text accepted. */
  public static final int MAX_LENGTH = 100;

  /** The most words of a name. */
  public static final int MAX_WORDS = 5;

  /** Why a text is refused. */
  public enum Refusal {
    EMPTY,
    TOO_LONG,
    TOO_SHORT,
    DIGITS,
    INVALID_IIN,
    MIXED
  }

  /** Thrown for a text that is none of a search's keys. */
  public static final class RefusedQueryException extends IllegalArgumentException {
    private final transient Refusal refusal;
    private final String messageKey;

    public RefusedQueryException(Refusal refusal, String messageKey, String message) {
      super(message);
      this.refusal = refusal;
      this.messageKey = messageKey;
    }

    public Refusal refusal() {
      return refusal;
    }

    /** The key of the message the search page shows. */
    public String messageKey() {
      return messageKey;
    }
  }

  private SearchText() {}

  /**
   * The text stripped.
   *
   * @param hint what to type, the message of an empty text
   * @throws RefusedQueryException for an empty or too long text
   */
  public static String typed(String text, String hint) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      throw new RefusedQueryException(Refusal.EMPTY, "search.error.empty", hint);
    }
    if (typed.length() > MAX_LENGTH) {
      throw new RefusedQueryException(
          Refusal.TOO_LONG, "search.error.too-long", "At most " + MAX_LENGTH + " characters");
    }
    return typed;
  }

  /**
   * The 12 digits, when they are a valid IIN.
   *
   * @throws RefusedQueryException for a wrong check digit
   */
  public static String iin(String digits) {
    var violation = Iin.check(digits);
    if (violation.isPresent()) {
      throw new RefusedQueryException(
          Refusal.INVALID_IIN, "search.error.iin", violation.get().message());
    }
    return digits;
  }

  /**
   * The first {@value #MAX_WORDS} folded words of the name typed.
   *
   * @param mixedKey the message key of a name with digits in it
   * @param mixedMessage its message
   * @throws RefusedQueryException for digits in a word, or no word of {@value #MIN_WORD} letters
   */
  public static List<String> nameWords(String typed, String mixedKey, String mixedMessage) {
    List<String> words = NameFold.words(typed);
    if (words.stream().anyMatch(w -> w.matches(".*[0-9].*"))) {
      throw new RefusedQueryException(Refusal.MIXED, mixedKey, mixedMessage);
    }
    if (words.isEmpty() || words.stream().allMatch(w -> w.length() < MIN_WORD)) {
      throw new RefusedQueryException(
          Refusal.TOO_SHORT,
          "search.error.too-short",
          "At least " + MIN_WORD + " letters of a name");
    }
    return words.stream().limit(MAX_WORDS).toList();
  }
}
