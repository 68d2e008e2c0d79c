package kz.ecase.identity;

import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * What access to a record depends on: the unit that owns it and, where there is one, the person it
 * is about (who may see it through the citizen portal).
 */
public record RecordScope(UnitCode unit, Iin subject) {

  public RecordScope {
    if (unit == null) {
      throw new IllegalArgumentException("A record belongs to a unit");
    }
  }

  public static RecordScope ofUnit(UnitCode unit) {
    return new RecordScope(unit, null);
  }
}
