package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

  @ParameterizedTest
  @ValueSource(strings = {"791028302728", "061211600012", "850315401231"})
  void publishedExamplesAreValid(String value) {
    assertThat(Iin.parse(value)).contains(new Iin(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "85031540123", // 11 digits
        "8503154012311", // 13 digits
        "85031540123a", // a letter
        "850315001231", // century digit 0
        "850315701231", // century digit 7
        "851315401231", // month 13
        "850230401231", // 30 February
        "850315401232", // wrong check digit
        "850315400610" // both passes give 10: never issued
      })
  void numbersBreakingARuleAreRefused(String value) {
    assertThat(Iin.parse(value)).isEmpty();
  }

  @Test
  void nullIsRefused() {
    assertThat(Iin.parse(null)).isEmpty();
  }

  @Test
  void theBirthDateAndSexAreReadFromTheDigits() {
    Iin iin = Iin.parse("850315401231").orElseThrow();

    assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    assertThat(iin.isMale()).isFalse();
    assertThat(iin.serial()).isEqualTo(123);
    assertThat(Iin.parse("791028302728").orElseThrow().isMale()).isTrue();
    assertThat(Iin.parse("061211600012").orElseThrow().birthDate())
        .isEqualTo(LocalDate.of(2006, 12, 11));
  }

  @Test
  void anIinBuiltFromItsPartsParsesBackToTheSameParts() {
    RandomIins random = new RandomIins();
    for (int i = 0; i < 2_000; i++) {
      Iin iin = random.next();

      assertThat(Iin.parse(iin.value())).as(random.seed()).contains(iin);
      assertThat(Iin.of(iin.birthDate(), iin.isMale(), iin.serial()))
          .as(random.seed())
          .contains(iin);
    }
  }

  @Test
  void digitsWhoseCheckDigitWouldBeTenGiveNoIin() {
    assertThat(Iin.of(LocalDate.of(1985, 3, 15), false, 61)).isEmpty();
    assertThat(Iin.of(LocalDate.of(1799, 12, 31), true, 1)).isEmpty();
  }
}
