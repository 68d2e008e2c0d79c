package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fines: MCI of the offence year, the range, the discount and repeat escalation. */
class FineCalculatorTest {

  static final CatalogueVersion V1 = OffenceCatalogueTest.V1;
  static final FineCalculator CALCULATOR =
      new FineCalculator(new MciTable(Map.of(2025, 3932L, 2026, 4325L)));
  static final LocalDate OFFENCE = LocalDate.of(2026, 11, 23);

  @Test
  void aFineIsItsMciTimesTheMciOfTheOffenceYear() {
    Fine fine = CALCULATOR.impose(article("speeding-20-40"), Offender.INDIVIDUAL, 10, OFFENCE);

    assertThat(fine.tenge()).isEqualByComparingTo("43250");
    assertThat(fine.tengePerMci()).isEqualTo(4325);
    assertThat(fine.year()).isEqualTo(2026);
    assertThat(
            CALCULATOR
                .impose(
                    article("speeding-20-40"), Offender.INDIVIDUAL, 10, LocalDate.of(2025, 12, 31))
                .tenge())
        .isEqualByComparingTo("39320");
  }

  @Test
  void aFineMustLieWithinTheArticlesRange() {
    Article parking = article("parking-rules");
    assertThat(CALCULATOR.impose(parking, Offender.INDIVIDUAL, 7, OFFENCE).tenge())
        .isEqualByComparingTo("30275");
    assertThatThrownBy(() -> CALCULATOR.impose(parking, Offender.INDIVIDUAL, 11, OFFENCE))
        .hasMessageContaining("outside parking-rules's range of 5-10 MCI");
  }

  @Test
  void noFineUnknownRangeOrMissingMciAreRefused() {
    assertThatThrownBy(
            () -> CALCULATOR.impose(article("drunk-driving"), Offender.INDIVIDUAL, 5, OFFENCE))
        .hasMessageContaining("no fine for INDIVIDUAL under drunk-driving (608 ч.1)");
    assertThatThrownBy(
            () ->
                CALCULATOR.impose(
                    article("driving-without-licence"), Offender.INDIVIDUAL, 5, OFFENCE))
        .hasMessageContaining("is unknown in the catalogue");
    assertThatThrownBy(
            () ->
                CALCULATOR.impose(
                    article("speeding-10-20"), Offender.INDIVIDUAL, 5, LocalDate.of(2027, 1, 1)))
        .hasMessageContaining("no MCI configured for 2027 (set ecase.offences.mci.2027)");
  }

  @Test
  void legalEntitiesUseTheirOwnRangeAndAnUnconfirmedRangeIsReportedSo() {
    Fine fine = CALCULATOR.impose(article("night-silence"), Offender.LEGAL_ENTITY, 10, OFFENCE);
    assertThat(fine.tenge()).isEqualByComparingTo("43250");
    assertThat(fine.rangeConfirmed()).isFalse();
    assertThat(
            CALCULATOR
                .impose(article("speeding-20-40"), Offender.INDIVIDUAL, 10, OFFENCE)
                .rangeConfirmed())
        .isTrue();
  }

  @Test
  void theDiscountHalvesTheFineUpToAndIncludingItsDeadline() {
    Fine fine = CALCULATOR.impose(article("speeding-10-20"), Offender.INDIVIDUAL, 5, OFFENCE);
    LocalDate deadline = LocalDate.of(2026, 12, 2);

    assertThat(CALCULATOR.amountDue(fine, true, deadline, deadline))
        .isEqualByComparingTo("10812.50");
    assertThat(CALCULATOR.amountDue(fine, true, deadline, OFFENCE))
        .isEqualByComparingTo("10812.50");
    assertThat(CALCULATOR.amountDue(fine, true, deadline, deadline.plusDays(1)))
        .isEqualByComparingTo("21625");
    assertThat(CALCULATOR.amountDue(fine, false, deadline, OFFENCE)).isEqualByComparingTo("21625");
    assertThat(CALCULATOR.amountDue(fine, true, deadline, deadline).scale()).isEqualTo(2);
  }

  @Test
  void aRepeatWithinAYearAfterExecutionEscalatesToTheRepeatPart() {
    Article speeding = article("speeding-20-40");
    LocalDate executed = LocalDate.of(2025, 11, 23);

    Article applied = RepeatOffence.applicable(V1, speeding, Optional.of(executed), OFFENCE);
    assertThat(applied.code()).isEqualTo("speeding-repeat");
    assertThat(CALCULATOR.impose(applied, Offender.INDIVIDUAL, 30, OFFENCE).tenge())
        .isEqualByComparingTo(BigDecimal.valueOf(129_750));

    assertThat(RepeatOffence.applicable(V1, speeding, Optional.of(executed.minusDays(1)), OFFENCE))
        .isEqualTo(speeding);
    assertThat(RepeatOffence.applicable(V1, speeding, Optional.empty(), OFFENCE))
        .isEqualTo(speeding);
    assertThat(
            RepeatOffence.applicable(V1, article("speeding-10-20"), Optional.of(executed), OFFENCE))
        .as("part 1 has no repeat part in the catalogue")
        .isEqualTo(article("speeding-10-20"));
    assertThat(RepeatOffence.applicable(V1, applied, Optional.of(executed), OFFENCE))
        .isEqualTo(applied);
  }

  private static Article article(String code) {
    return V1.article(code).orElseThrow();
  }
}
