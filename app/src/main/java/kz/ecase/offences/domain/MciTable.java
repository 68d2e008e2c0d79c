package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MCI (monthly calculation index, МРП/АЕК) in tenge per year, as fixed by each year's budget
 * law. Configuration ({@code ecase.offences.mci.<year>}), never a constant: a protocol uses the
 * value of its offence year.
 */
public final class MciTable {

  private final Map<Integer, Long> tengeByYear;

  public MciTable(Map<Integer, Long> tengeByYear) {
    tengeByYear.forEach(
        (year, tenge) -> {
          if (tenge == null || tenge <= 0) {
            throw new IllegalArgumentException("MCI for " + year + " must be positive: " + tenge);
          }
        });
    this.tengeByYear = new TreeMap<>(tengeByYear);
  }

  /** The MCI in force on a date; refused when the year has no value configured. */
  public long tengeOn(LocalDate date) {
    Long tenge = tengeByYear.get(date.getYear());
    if (tenge == null) {
      throw new IllegalStateException(
          "no MCI configured for "
              + date.getYear()
              + " (set ecase.offences.mci."
              + date.getYear()
              + ")");
    }
    return tenge;
  }

  public Map<Integer, Long> asMap() {
    return java.util.Collections.unmodifiableMap(tengeByYear);
  }
}
