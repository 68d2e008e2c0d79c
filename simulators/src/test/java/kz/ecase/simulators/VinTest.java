package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VinTest {

  @Test
  void theCheckDigitFollowsTheNorthAmericanRule() {
    assertThat(Vin.checkDigitOf("1M8GDM9AXKP042788")).isEqualTo('X');
    assertThat(Vin.checkDigitOf("11111111111111111")).isEqualTo('1');
    assertThat(Vin.checkDigitOf("1HGCM82633A004352")).isEqualTo('3');
  }

  @Test
  void aVinHasItsManufacturerModelYearAndAValidCheckDigit() {
    VehicleModel camry = VehicleModel.ALL.get(0);
    for (int i = 0; i < 1_000; i++) {
      String vin = Vin.of(Dice.of("vin", i), camry, 2018);

      assertThat(vin).hasSize(17).startsWith("JTN").doesNotContain("I", "O", "Q");
      assertThat(vin.charAt(9)).isEqualTo('J');
      assertThat(vin.charAt(8)).isEqualTo(Vin.checkDigitOf(vin));
    }
  }
}
