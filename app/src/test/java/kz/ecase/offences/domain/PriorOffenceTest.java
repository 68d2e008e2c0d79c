package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earlier offences from the register and the repeat part they point to. */
class PriorOffenceTest {

  static final CatalogueVersion V1 = CatalogueFiles.shipped().version(1).orElseThrow();
  static final Article SPEEDING_20_40 = V1.article("speeding-20-40").orElseThrow();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void readsTheRegistersArticlePartForm() {
    assertThat(PriorOffence.parse("592-2", TODAY)).contains(new PriorOffence("592", "2", TODAY));
    assertThat(PriorOffence.parse("592", TODAY)).contains(new PriorOffence("592", null, TODAY));
    assertThat(PriorOffence.parse("592 ч.2", TODAY)).isEmpty();
    assertThat(PriorOffence.parse("", TODAY)).isEmpty();
    assertThat(PriorOffence.parse("592-2", null)).isEmpty();
  }

  @Test
  void speedingWithinAYearAfterEarlierSpeedingIsARepeat() {
    List<PriorOffence> prior = List.of(new PriorOffence("592", "3", TODAY.minusMonths(4)));

    assertThat(PriorOffence.applicable(V1, SPEEDING_20_40, prior, TODAY).code())
        .as("40-60 and 20-40 both escalate to repeat speeding")
        .isEqualTo("speeding-repeat");
  }

  @Test
  void anOffenceMoreThanAYearAgoOrOfAnotherKindIsNoRepeat() {
    List<PriorOffence> longAgo =
        List.of(new PriorOffence("592", "2", TODAY.minusYears(1).minusDays(1)));
    List<PriorOffence> other = List.of(new PriorOffence("610", "1", TODAY.minusMonths(1)));
    List<PriorOffence> later = List.of(new PriorOffence("592", "2", TODAY.plusDays(1)));

    assertThat(PriorOffence.applicable(V1, SPEEDING_20_40, longAgo, TODAY))
        .isEqualTo(SPEEDING_20_40);
    assertThat(PriorOffence.applicable(V1, SPEEDING_20_40, other, TODAY)).isEqualTo(SPEEDING_20_40);
    assertThat(PriorOffence.applicable(V1, SPEEDING_20_40, later, TODAY)).isEqualTo(SPEEDING_20_40);
    assertThat(PriorOffence.applicable(V1, SPEEDING_20_40, List.of(), TODAY))
        .isEqualTo(SPEEDING_20_40);
  }
}
