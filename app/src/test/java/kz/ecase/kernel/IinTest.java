package kz.ecase.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import kz.ecase.kernel.Iin.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinTest {

  private static final long SEED = Long.getLong("ecase.seed", System.nanoTime());

  @Test
  void publishedExamplesAreValid() {
    assertThat(Iin.check("791028302728")).isEmpty();
    assertThat(Iin.check("061211600012")).as("valid only through the second weights").isEmpty();
  }

  @Test
  void birthDateAndSexComeFromTheDigits() {
    Iin man = Iin.of("791028302728");
    Iin woman = Iin.of("061211600012");

    assertThat(man.birthDate()).isEqualTo(LocalDate.of(1979, 10, 28));
    assertThat(man.isMale()).isTrue();
    assertThat(woman.birthDate()).isEqualTo(LocalDate.of(2006, 12, 11));
    assertThat(woman.isMale()).isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "79102830272, NOT_TWELVE_DIGITS",
    "7910283027281, NOT_TWELVE_DIGITS",
    "79102830272a, NOT_TWELVE_DIGITS",
    "791028 02728, NOT_TWELVE_DIGITS",
    "791028002728, BAD_CENTURY_DIGIT",
    "791028702728, BAD_CENTURY_DIGIT",
    "791328302728, BAD_BIRTH_DATE",
    "790230302728, BAD_BIRTH_DATE",
    "791028302729, WRONG_CHECK_DIGIT"
  })
  void eachBrokenRuleHasItsOwnViolation(String candidate, Violation expected) {
    assertThat(Iin.check(candidate)).contains(expected);
    assertThatThrownBy(() -> Iin.of(candidate))
        .isInstanceOf(Iin.InvalidIinException.class)
        .hasMessage(expected.message());
  }

  @Test
  void nullIsNotAnIin() {
    assertThat(Iin.check(null)).contains(Violation.NOT_TWELVE_DIGITS);
  }

  @Test
  void elevenDigitsWhoseCheckIsTenTwiceAreNeverIssued() {
    RandomGenerator random = random();
    int found = 0;
    for (int i = 0; i < 200_000 && found < 20; i++) {
      LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000));
      String eleven = elevenDigits(born, random.nextBoolean(), random.nextInt(10_000));
      if (Iin.checkDigitOf(eleven) == 10) {
        found++;
        for (int digit = 0; digit <= 9; digit++) {
          assertThat(Iin.check(eleven + digit))
              .as("seed %d", SEED)
              .contains(Violation.NEVER_ISSUED);
        }
      }
    }
    assertThat(found).as("seed %d", SEED).isPositive();
  }

  @Test
  void generatedIinsAreValidAndDecodeToTheirBirthDate() {
    RandomGenerator random = random();
    for (int i = 0; i < 10_000; i++) {
      LocalDate born = LocalDate.of(1800 + random.nextInt(300), 1, 1).plusDays(random.nextInt(365));
      boolean male = random.nextBoolean();
      String eleven = elevenDigits(born, male, random.nextInt(10_000));
      int check = Iin.checkDigitOf(eleven);
      if (check == 10) {
        continue;
      }
      Iin iin = Iin.of(eleven + check);
      assertThat(iin.birthDate()).as("seed %d: %s", SEED, iin).isEqualTo(born);
      assertThat(iin.isMale()).as("seed %d: %s", SEED, iin).isEqualTo(male);
    }
  }

  @Test
  void anyOtherCheckDigitIsRefused() {
    RandomGenerator random = random();
    for (int i = 0; i < 2_000; i++) {
      LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000));
      String eleven = elevenDigits(born, random.nextBoolean(), random.nextInt(10_000));
      int check = Iin.checkDigitOf(eleven);
      for (int digit = 0; digit <= 9; digit++) {
        if (digit != check) {
          assertThat(Iin.check(eleven + digit))
              .as("seed %d: %s%d", SEED, eleven, digit)
              .contains(check == 10 ? Violation.NEVER_ISSUED : Violation.WRONG_CHECK_DIGIT);
        }
      }
    }
  }

  private static String elevenDigits(LocalDate born, boolean male, int serial) {
    int centuryDigit = 1 + 2 * ((born.getYear() - 1800) / 100) + (male ? 0 : 1);
    return String.format(
        "%02d%02d%02d%d%04d",
        born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), centuryDigit, serial);
  }

  private static RandomGenerator random() {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
  }
}
