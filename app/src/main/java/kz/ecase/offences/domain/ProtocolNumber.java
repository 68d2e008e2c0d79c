package kz.ecase.offences.domain;

import kz.ecase.kernel.UnitCode;

/**
 * A protocol's number, 14 digits: YY (registration year) · RR (region) · UUUU (department, {@code
 * 0000} for a region's own protocols) · NNNNNN (sequence within the unit and year, from 1, without
 * gaps). DOMAIN.md gives no official breakdown for SRAP; this follows ecase's ERDR numbering.
 *
 * @param value the 14 digits
 */
public record ProtocolNumber(String value) {

  /** The protocols' register in the kernel's gap-free numbering. */
  public static final String REGISTER = "offences.protocol";

  public ProtocolNumber {
    if (value == null || !value.matches("[0-9]{14}")) {
      throw new IllegalArgumentException("A protocol number is 14 digits, got: " + value);
    }
  }

  /** The number of the {@code sequence}th protocol of the unit in the year. */
  public static ProtocolNumber of(int year, UnitCode unit, long sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("A protocol sequence is 1 to 999999, got: " + sequence);
    }
    return new ProtocolNumber(String.format("%02d%s%06d", year % 100, counterUnit(unit), sequence));
  }

  /**
   * The six digits that key a unit's sequence: a region's own protocols count as {@code RR0000}.
   */
  public static String counterUnit(UnitCode unit) {
    return unit.isRegion() ? unit.value() + "0000" : unit.value();
  }

  /**
   * The reference a payer quotes (15 digits): the number followed by its Luhn check digit, so that
   * a mistyped digit is caught by the payment provider before the money goes astray.
   */
  public String paymentReference() {
    return value + luhnCheckDigit(value);
  }

  static int luhnCheckDigit(String digits) {
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
