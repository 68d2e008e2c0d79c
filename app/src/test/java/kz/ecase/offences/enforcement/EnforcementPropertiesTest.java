package kz.ecase.offences.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnforcementPropertiesTest {

  @Test
  void aLeaseOutlastsAnyRequest() {
    EnforcementProperties properties = properties(Duration.ofSeconds(5), Duration.ofSeconds(10));
    assertThat(properties.lease()).isGreaterThan(properties.timeout().multipliedBy(2));
  }

  @Test
  void theAddressLosesItsTrailingSlashes() {
    EnforcementProperties properties =
        new EnforcementProperties(
            " https://bep.example/api// ",
            null,
            Duration.ofSeconds(5),
            Duration.ofMinutes(1),
            Duration.ofSeconds(5),
            Duration.ofMinutes(1),
            Duration.ofSeconds(10),
            Duration.ofHours(1),
            100);
    assertThat(properties.baseUrl()).isEqualTo("https://bep.example/api");
    assertThat(properties.apiKey()).isEmpty();
  }

  @Test
  void nonsenseIsRefusedAtStartUp() {
    assertThatThrownBy(() -> properties(Duration.ZERO, Duration.ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> properties(Duration.ofSeconds(5), Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static EnforcementProperties properties(Duration timeout, Duration firstRetry) {
    return new EnforcementProperties(
        "",
        "",
        timeout,
        Duration.ofMinutes(1),
        Duration.ofSeconds(5),
        Duration.ofMinutes(1),
        firstRetry,
        Duration.ofHours(1),
        100);
  }
}
