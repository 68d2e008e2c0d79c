package kz.ecase.investigations.domain;

import kz.ecase.kernel.UnitCode;

/**
 * A number of the Unified Register of Pre-trial Investigations (ERDR), 15 digits. No official
 * breakdown is published; ecase's own is YY (year) · RR (region) · UUUU (unit, {@code 0000} for a
 * region's own) · K (kind of body: 1 internal affairs) · NNNNNN (sequence within unit and year,
 * gap-free). Numbers from outside are any 15 digits.
 *
 * @param value the 15 digits
 */
public record ErdrNumber(String value) {

  /** The register's name in the kernel's gap-free numbering. */
  public static final String REGISTER = "investigations.erdr";

  /** The kind of body of the police (internal affairs). */
  public static final int INTERNAL_AFFAIRS = 1;

  public ErdrNumber {
    if (value == null || !value.matches("[0-9]{15}")) {
      throw new IllegalArgumentException("An ERDR number is 15 digits, got: " + value);
    }
  }

  /** The number of the {@code sequence}th registration of the unit in the year. */
  public static ErdrNumber of(int year, UnitCode unit, int bodyKind, long sequence) {
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("An ERDR sequence is 1 to 999999, got: " + sequence);
    }
    if (bodyKind < 0 || bodyKind > 9) {
      throw new IllegalArgumentException("The kind of body is one digit, got: " + bodyKind);
    }
    return new ErdrNumber(
        String.format("%02d%s%d%06d", year % 100, counterUnit(unit), bodyKind, sequence));
  }

  /** The six digits that key a unit's sequence: a region's own count as {@code RR0000}. */
  public static String counterUnit(UnitCode unit) {
    return unit.isRegion() ? unit.value() + "0000" : unit.value();
  }

  @Override
  public String toString() {
    return value;
  }
}
