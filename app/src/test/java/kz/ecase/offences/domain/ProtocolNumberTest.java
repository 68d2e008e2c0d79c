package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.ecase.kernel.UnitCode;
import org.junit.jupiter.api.Test;

class ProtocolNumberTest {

  @Test
  void yearRegionDepartmentAndSequence() {
    assertThat(ProtocolNumber.of(2026, UnitCode.of("710001"), 42).value())
        .isEqualTo("26710001000042");
    assertThat(ProtocolNumber.of(2026, UnitCode.of("71"), 1).value()).isEqualTo("26710000000001");
  }

  @Test
  void sequencesOutsideSixDigitsAreRefused() {
    assertThatThrownBy(() -> ProtocolNumber.of(2026, UnitCode.of("710001"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProtocolNumber.of(2026, UnitCode.of("710001"), 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePaymentReferenceIsTheNumberWithItsLuhnCheckDigit() {
    assertThat(ProtocolNumber.luhnCheckDigit("7992739871")).isEqualTo(3);
    String reference = ProtocolNumber.of(2026, UnitCode.of("710001"), 1).paymentReference();
    assertThat(reference).hasSize(15).startsWith("26710001000001");
    assertThat(luhnValid(reference)).isTrue();
    char[] typo = reference.toCharArray();
    typo[3] = typo[3] == '9' ? '0' : (char) (typo[3] + 1);
    assertThat(luhnValid(new String(typo))).isFalse();
  }

  private static boolean luhnValid(String digits) {
    return ProtocolNumber.luhnCheckDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }
}
