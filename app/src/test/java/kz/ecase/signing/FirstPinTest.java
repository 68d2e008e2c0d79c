package kz.ecase.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstPinTest {

  @Test
  void aWellFormedPinTypedTheSameTwiceHasNoProblem() {
    assertThat(FirstPin.problems("271828", "271828")).isEmpty();
    assertThat(FirstPin.problems("123456789012", "123456789012")).isEmpty();
  }

  @Test
  void aPinOfOtherThanSixToTwelveDigitsIsNamedFirst() {
    assertThat(FirstPin.problems("12345", "12345")).isEqualTo(Map.of("pin", "pin.error.format"));
    assertThat(FirstPin.problems("1234567890123", "x"))
        .isEqualTo(Map.of("pin", "pin.error.format"));
    assertThat(FirstPin.problems("12a456", "12a456")).isEqualTo(Map.of("pin", "pin.error.format"));
    assertThat(FirstPin.problems(null, null)).isEqualTo(Map.of("pin", "pin.error.format"));
  }

  @Test
  void twoPinsThatDifferAreNamedAtTheRepetition() {
    assertThat(FirstPin.problems("271828", "271829"))
        .isEqualTo(Map.of("repeat", "pin.error.repeat"));
  }
}
