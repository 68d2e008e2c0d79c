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

    assertThat(chart.bars())
        .extracting(UnitChart.Bar::investigator)
        .containsExactly("aliya", "berik", "");
    UnitChart.Bar aliya = chart.bars().get(0);
    assertThat(aliya.total()).isEqualTo(3);
    assertThat(aliya.segments())
        .extracting(UnitChart.Segment::bucket)
        .containsExactly(Bucket.OVERDUE, Bucket.DAYS_3, Bucket.MORE);
    assertThat(aliya.segments().get(1).x())
        .isEqualTo(aliya.segments().get(0).x() + aliya.segments().get(0).width());
    int longest = aliya.segments().stream().mapToInt(UnitChart.Segment::width).sum();
    assertThat(longest).isEqualTo(UnitChart.BARS);
    assertThat(chart.bars().get(1).segments().get(0).width()).isEqualTo(UnitChart.BARS / 3);
    assertThat(chart.bars().get(1).y()).isEqualTo(UnitChart.ROW);
    assertThat(chart.height()).isEqualTo(3 * UnitChart.ROW);
  }

  @Test
  void noCasesNoBars() {
    assertThat(UnitChart.of(List.of()).bars()).isEmpty();
  }
}
