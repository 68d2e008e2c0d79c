package kz.ecase.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value of the law in force on the date of a fact, whatever the law says today. */
class LawValuesTest {

  private static final String FILE =
      """
      key,valid_from,valid_until,value,source
      # a comment
      detention.adult,2015-01-01,2026-06-30,PT72H,"CPC 2014 art. 131 (old text, with commas)"
      detention.adult,2026-07-01,,PT48H?,draft amendment
      """;

  @Test
  void theValueInForceOnTheDateOfTheFactApplies() {
    LawValues values = new LawValues(LawValueFiles.parse(FILE));

    LawValue before = values.on("detention.adult", LocalDate.of(2026, 6, 30));
    LawValue after = values.on("detention.adult", LocalDate.of(2026, 7, 1));

    assertThat(before.duration()).isEqualTo(Duration.ofHours(72));
    assertThat(before.confirmed()).isTrue();
    assertThat(before.source()).isEqualTo("CPC 2014 art. 131 (old text, with commas)");
    assertThat(after.duration()).isEqualTo(Duration.ofHours(48));
    assertThat(after.confirmed()).isFalse();
  }

  @Test
  void aDateOutsideEveryPeriodIsAnError() {
    LawValues values = new LawValues(LawValueFiles.parse(FILE));

    assertThatThrownBy(() -> values.on("detention.adult", LocalDate.of(2014, 12, 31)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("detention.adult");
    assertThatThrownBy(() -> values.on("no.such.value", LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void overlappingPeriodsOfOneKeyAreRefused() {
    List<LawValue> overlapping =
        LawValueFiles.parse(
            """
            key,valid_from,valid_until,value,source
            term,2020-01-01,,P10D,a
            term,2025-01-01,,P15D,b
            """);

    assertThatThrownBy(() -> new LawValues(overlapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void theShippedLawValuesLoad() {
    LawValues shipped = LawValueFiles.load();

    shipped.all().forEach(value -> assertThat(value.source()).isNotBlank());
  }
}
