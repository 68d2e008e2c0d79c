package kz.ecase.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * Numeric code of a unit: two digits for a region (oblast or city of republican significance), six
 * for a department inside it (the region's two digits, then four of the department). A code covers
 * itself and every code that starts with it, which is what jurisdiction means.
 */
public record UnitCode(@JsonValue String value) implements Serializable {

  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("[0-9]{2}|[0-9]{6}");

  public UnitCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A unit code is 2 digits (region) or 6 digits (department), got: " + value);
    }
  }

  public static UnitCode of(String value) {
    return new UnitCode(value);
  }

  public boolean isRegion() {
    return value.length() == 2;
  }

  public UnitCode region() {
    return new UnitCode(value.substring(0, 2));
  }

  /** True when a record of {@code other} lies within this unit's jurisdiction. */
  public boolean covers(UnitCode other) {
    return other.value.startsWith(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
