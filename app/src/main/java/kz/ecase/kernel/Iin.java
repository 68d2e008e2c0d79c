package kz.ecase.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Individual identification number of Kazakhstan: 12 digits, YYMMDD birth date, a century-and-sex
 * digit (1/2 = male/female born 1800–1899, 3/4 born 1900–1999, 5/6 born 2000–2099), four serial
 * digits and a check digit (weights 1..11, and 3..11,1,2 when the first pass gives 10).
 */
public record Iin(@JsonValue String value) implements Serializable {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  /** What can be wrong with a candidate IIN, each with its own message key and English text. */
  public enum Violation {
    NOT_TWELVE_DIGITS("iin.not-twelve-digits", "An IIN has exactly 12 digits."),
    BAD_CENTURY_DIGIT(
        "iin.bad-century-digit", "The 7th digit (century and sex) must be from 1 to 6."),
    BAD_BIRTH_DATE("iin.bad-birth-date", "The first 6 digits are not a valid birth date YYMMDD."),
    NEVER_ISSUED("iin.never-issued", "No IIN is issued with these 11 digits (check digit 10)."),
    WRONG_CHECK_DIGIT("iin.wrong-check-digit", "The check digit (12th) does not match.");

    private final String messageKey;
    private final String message;

    Violation(String messageKey, String message) {
      this.messageKey = messageKey;
      this.message = message;
    }

    public String messageKey() {
      return messageKey;
    }

    public String message() {
      return message;
    }
  }

  /** Thrown by the constructor for a value that breaks one of the rules. */
  public static final class InvalidIinException extends IllegalArgumentException {
    private final transient Violation violation;

    InvalidIinException(Violation violation) {
      super(violation.message());
      this.violation = violation;
    }

    public Violation violation() {
      return violation;
    }
  }

  public Iin {
    Optional<Violation> violation = check(value);
    if (violation.isPresent()) {
      throw new InvalidIinException(violation.get());
    }
  }

  public static Iin of(String value) {
    return new Iin(value);
  }

  /** The first rule the candidate breaks, or empty when it is a valid IIN. */
  public static Optional<Violation> check(String candidate) {
    if (candidate == null || !candidate.matches("[0-9]{12}")) {
      return Optional.of(Violation.NOT_TWELVE_DIGITS);
    }
    int centuryDigit = candidate.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6) {
      return Optional.of(Violation.BAD_CENTURY_DIGIT);
    }
    if (birthDateOf(candidate).isEmpty()) {
      return Optional.of(Violation.BAD_BIRTH_DATE);
    }
    int expected = checkDigitOf(candidate.substring(0, 11));
    if (expected == 10) {
      return Optional.of(Violation.NEVER_ISSUED);
    }
    if (candidate.charAt(11) - '0' != expected) {
      return Optional.of(Violation.WRONG_CHECK_DIGIT);
    }
    return Optional.empty();
  }

  /** The check digit of 11 leading digits; 10 means no number with these digits is issued. */
  public static int checkDigitOf(String elevenDigits) {
    int first = weightedSum(elevenDigits, FIRST_WEIGHTS) % 11;
    if (first != 10) {
      return first;
    }
    return weightedSum(elevenDigits, SECOND_WEIGHTS) % 11;
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  private static Optional<LocalDate> birthDateOf(String candidate) {
    int centuryDigit = candidate.charAt(6) - '0';
    int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    try {
      return Optional.of(
          LocalDate.of(
              century + Integer.parseInt(candidate.substring(0, 2)),
              Integer.parseInt(candidate.substring(2, 4)),
              Integer.parseInt(candidate.substring(4, 6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public LocalDate birthDate() {
    return birthDateOf(value).orElseThrow();
  }

  public boolean isMale() {
    return (value.charAt(6) - '0') % 2 == 1;
  }

  @Override
  public String toString() {
    return value;
  }
}
