package kz.ecase.simulators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An individual identification number, with only the rules the simulators need: 12 digits, a YYMMDD
 * birth date, a 7th digit for century and sex (1/2 born 1800–1899, 3/4 1900–1999, 5/6 2000–2099,
 * odd male), four serial digits and a check digit (weights 1..11, then 3..11,1,2 when the first
 * pass gives 10; a second 10 means the number is never issued). The app keeps the full rules in its
 * kernel; the simulators repeat them here so that they depend on nothing of the app.
 */
record Iin(String value) {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  /** The IIN written as {@code candidate}, or empty when it breaks a rule. */
  static Optional<Iin> parse(String candidate) {
    if (candidate == null || !candidate.matches("[0-9]{12}")) {
      return Optional.empty();
    }
    int centuryDigit = candidate.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6 || birthDateOf(candidate).isEmpty()) {
      return Optional.empty();
    }
    int check = checkDigitOf(candidate.substring(0, 11));
    if (check == 10 || candidate.charAt(11) - '0' != check) {
      return Optional.empty();
    }
    return Optional.of(new Iin(candidate));
  }

  /**
   * The IIN of a person born on {@code birthDate} with this sex and serial number (0–9999), or
   * empty when no IIN is issued with these digits (check digit 10) or the year is outside
   * 1800–2099.
   */
  static Optional<Iin> of(LocalDate birthDate, boolean male, int serial) {
    int year = birthDate.getYear();
    if (year < 1800 || year > 2099 || serial < 0 || serial > 9999) {
      return Optional.empty();
    }
    int centuryDigit = 2 * (year / 100 - 18) + (male ? 1 : 2);
    String eleven =
        String.format(
            "%02d%02d%02d%d%04d",
            year % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth(), centuryDigit, serial);
    int check = checkDigitOf(eleven);
    return check == 10 ? Optional.empty() : Optional.of(new Iin(eleven + check));
  }

  private static int checkDigitOf(String elevenDigits) {
    int first = weightedSum(elevenDigits, FIRST_WEIGHTS) % 11;
    return first != 10 ? first : weightedSum(elevenDigits, SECOND_WEIGHTS) % 11;
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  private static Optional<LocalDate> birthDateOf(String digits) {
    int centuryDigit = digits.charAt(6) - '0';
    int century = 1800 + 100 * ((centuryDigit - 1) / 2);
    try {
      return Optional.of(
          LocalDate.of(
              century + Integer.parseInt(digits.substring(0, 2)),
              Integer.parseInt(digits.substring(2, 4)),
              Integer.parseInt(digits.substring(4, 6))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  LocalDate birthDate() {
    return birthDateOf(value).orElseThrow();
  }

  boolean isMale() {
    return (value.charAt(6) - '0') % 2 == 1;
  }

  /** Digits 8–11. */
  int serial() {
    return Integer.parseInt(value.substring(7, 11));
  }

  @Override
  public String toString() {
    return value;
  }
}
