package kz.ecase.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.web.UnitChart.Bucket;
import org.junit.jupiter.api.Test;

class UnitChartTest {

  static final long DAY = 86_400;

  @Test
  void bucketsByDaysLeftRoundingAPartDayUp() {
    assertThat(Bucket.of(0)).isEqualTo(Bucket.OVERDUE);
    assertThat(Bucket.of(-5)).isEqualTo(Bucket.OVERDUE);
    assertThat(Bucket.of(3 * DAY)).isEqualTo(Bucket.DAYS_3);
    assertThat(Bucket.of(3 * DAY + 1)).isEqualTo(Bucket.DAYS_10);
    assertThat(Bucket.of(10 * DAY)).isEqualTo(Bucket.DAYS_10);
    assertThat(Bucket.of(10 * DAY + 1)).isEqualTo(Bucket.MORE);
  }

  @Test
  void oneBarPerInvestigatorItsSegmentsSideBySideScaledToTheLongest() {
    List<Map.Entry<String, Long>> cases =
        List.of(
            new SimpleEntry<>("aliya", -10L),
            new SimpleEntry<>("aliya", 2 * DAY),
            new SimpleEntry<>("aliya", 20 * DAY),
            new SimpleEntry<>("berik", 5 * DAY),
            new SimpleEntry<>((String) null, 5 * DAY));

    UnitChart chart = UnitChart.of(cases);

    assertThat(chart.bars()).extracting(UnitChart.Bar::label).containsExactly("aliya", "berik", "");
    UnitChart.Bar aliya = chart.bars().get(0);
    assertThat(aliya.total()).isEqualTo(3);
    assertThat(aliya.segments())
        .extracting(UnitChart.Segment::category)
        .containsExactly("OVERDUE", "DAYS_3", "MORE");
    assertThat(aliya.segments().get(1).x())
        .isEqualTo(aliya.segments().get(0).x() + aliya.segments().get(0).width());
    int longest = aliya.segments().stream().mapToInt(UnitChart.Segment::width).sum();
    assertThat(longest).isEqualTo(UnitChart.BARS);
    assertThat(chart.bars().get(1).segments().get(0).width()).isEqualTo(UnitChart.BARS / 3);
    assertThat(chart.bars().get(1).y()).isEqualTo(UnitChart.ROW);
    assertThat(chart.height()).isEqualTo(3 * UnitChart.ROW);
  }

  @Test
  void countsStackInTheCategoriesOrderWhateverOrderTheyCameIn() {
    Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
    counts.put("710001", Map.of("WAITING", 1L, "UPHELD", 2L, "REJECTED", 0L));
    counts.put("710002", Map.of("REJECTED", 6L));

    UnitChart chart = UnitChart.stacked(List.of("UPHELD", "REJECTED", "WAITING"), counts);

    assertThat(chart.categories()).containsExactly("UPHELD", "REJECTED", "WAITING");
    assertThat(chart.bars().get(0).segments())
        .extracting(UnitChart.Segment::category, UnitChart.Segment::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UPHELD", 2L),
            org.assertj.core.groups.Tuple.tuple("WAITING", 1L));
    assertThat(chart.bars().get(1).segments().get(0).width()).isEqualTo(UnitChart.BARS);
    assertThat(chart.bars().get(1).totalX()).isEqualTo(UnitChart.LABEL + UnitChart.BARS + 6);
  }

  @Test
  void noCasesNoBars() {
    assertThat(UnitChart.of(List.of()).bars()).isEmpty();
  }
}
