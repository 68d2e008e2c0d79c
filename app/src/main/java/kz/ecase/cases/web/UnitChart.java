package kz.ecase.cases.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart of the units' work as stacked bars, drawn on the server as SVG (no script): the head's
 * running cases per investigator by time left (overdue, three days or less, four to ten days, and
 * more), the prosecutors' complaints per department by outcome.
 *
 * @param categories the segments' kinds in the order they are stacked (and the legend's)
 */
record UnitChart(List<String> categories, List<Bar> bars, int width, int height) {

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
  record Segment(String category, long count, int x, int width) {}

  /** A bar (an investigator's, a department's), at height {@code y}. */
  record Bar(String label, long total, int y, List<Segment> segments) {

    /** Where the bar's total is written: just after its last segment. */
    public int totalX() {
      if (segments.isEmpty()) {
        return LABEL;
      }
      Segment last = segments.get(segments.size() - 1);
      return last.x() + last.width() + 6;
    }
  }

  static final int LABEL = 150;
  static final int BARS = 330;
  static final int ROW = 26;

  /**
   * The cases per investigator by time left.
   *
   * @param cases each case's investigator (null: not assigned) with its seconds left
   */
  static UnitChart of(List<Map.Entry<String, Long>> cases) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Long> c : cases) {
      counts
          .computeIfAbsent(c.getKey() == null ? "" : c.getKey(), k -> new LinkedHashMap<>())
          .merge(Bucket.of(c.getValue()).name(), 1L, Long::sum);
    }
    return stacked(Arrays.stream(Bucket.values()).map(Enum::name).toList(), counts);
  }

  /**
   * One bar per label, its segments the counts of the categories in their order (a category not
   * counted is no segment), the longest bar the full width.
   */
  static UnitChart stacked(List<String> categories, Map<String, Map<String, Long>> counts) {
    long max = Math.max(1, counts.values().stream().mapToLong(UnitChart::sum).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, Map<String, Long>> row : counts.entrySet()) {
      List<Segment> segments = new ArrayList<>();
      int x = LABEL;
      for (String category : categories) {
        long n = row.getValue().getOrDefault(category, 0L);
        if (n > 0) {
          int w = (int) Math.max(2, n * BARS / max);
          segments.add(new Segment(category, n, x, w));
          x += w;
        }
      }
      bars.add(new Bar(row.getKey(), sum(row.getValue()), y, segments));
      y += ROW;
    }
    return new UnitChart(List.copyOf(categories), bars, LABEL + BARS + 40, Math.max(ROW, y));
  }

  private static long sum(Map<String, Long> row) {
    return row.values().stream().mapToLong(Long::longValue).sum();
  }
}
