package kz.ecase.simulators;

import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly calculation index (MCI, МРП) in tenge, fixed for each year by the budget law, which
 * turns a fine in MCI into tenge. A year after the last one known uses the last value; 2022 uses
 * the value from January (it was raised in April).
 */
final class MonthlyCalculationIndex {

  private static final TreeMap<Integer, Integer> TENGE_BY_YEAR =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(2015, 1982),
              Map.entry(2016, 2121),
              Map.entry(2017, 2269),
              Map.entry(2018, 2405),
              Map.entry(2019, 2525),
              Map.entry(2020, 2778),
              Map.entry(2021, 2917),
              Map.entry(2022, 3063),
              Map.entry(2023, 3450),
              Map.entry(2024, 3692),
              Map.entry(2025, 3932),
              Map.entry(2026, 4325)));

  private MonthlyCalculationIndex() {}

  static int tengeIn(int year) {
    Map.Entry<Integer, Integer> entry = TENGE_BY_YEAR.floorEntry(year);
    return (entry != null ? entry : TENGE_BY_YEAR.firstEntry()).getValue();
  }
}
