package kz.ecase.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head's chart of the unit's running cases per investigator by time left: one stacked bar per
 * investigator, drawn on the server as SVG (no script), its segments overdue, three days or less,
 * four to ten days, and more.
 */
record UnitChart(List<Bar> bars, int width, int height) {

  /** How much time a case has left. */
  enum Bucket {
    OVERDUE,
    DAYS_3,
    DAYS_10,
    MORE;

    static Bucket of(long secondsLeft) {
      if (secondsLeft <= 0) {
        return OVERDUE;
      }
      long days = (secondsLeft + 86_399) / 86_400;
      return days <= 3 ? DAYS_3 : days <= 10 ? DAYS_10 : MORE;
    }
  }

  /** A segment of a bar, where it starts and how wide it is (SVG user units). */
  record Segment(Bucket bucket, int count, int x, int width) {}

  /** An investigator's bar, at height {@code y}. */
  record Bar(String investigator, int total, int y, List<Segment> segments) {}

  static final int LABEL = 150;
  static final int BARS = 330;
  static final int ROW = 26;

  /**
   * @param cases each case's investigator (null: not assigned) with its seconds left
   */
  static UnitChart of(List<Map.Entry<String, Long>> cases) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Long> c : cases) {
      int[] row = counts.computeIfAbsent(c.getKey() == null ? "" : c.getKey(), k -> new int[4]);
      row[Bucket.of(c.getValue()).ordinal()]++;
    }
    int max = counts.values().stream().mapToInt(UnitChart::sum).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, int[]> row : counts.entrySet()) {
      List<Segment> segments = new ArrayList<>();
      int x = LABEL;
      for (Bucket bucket : Bucket.values()) {
        int n = row.getValue()[bucket.ordinal()];
        if (n > 0) {
          int w = Math.max(2, n * BARS / max);
          segments.add(new Segment(bucket, n, x, w));
          x += w;
        }
      }
      bars.add(new Bar(row.getKey(), sum(row.getValue()), y, segments));
      y += ROW;
    }
    return new UnitChart(bars, LABEL + BARS + 40, Math.max(ROW, y));
  }

  private static int sum(int[] row) {
    int total = 0;
    for (int n : row) {
      total += n;
    }
    return total;
  }
}
