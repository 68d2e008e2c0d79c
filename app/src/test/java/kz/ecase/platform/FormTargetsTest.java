package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormTargetsTest {

  @Test
  void anOriginIsSchemeHostAndPortWithoutThePath() {
    assertThat(FormTargets.originOf("https://pay.example.kz/api/v2"))
        .isEqualTo("https://pay.example.kz");
    assertThat(FormTargets.originOf("http://127.0.0.1:8090/payment-provider"))
        .isEqualTo("http://127.0.0.1:8090");
  }

  @Test
  void aRelativeAddressIsRefused() {
    assertThatThrownBy(() -> FormTargets.originOf("/payment-provider"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/payment-provider");
  }
}
