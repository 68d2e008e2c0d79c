package kz.ecase.cases.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CourtPropertiesTest {

  @Test
  void aLeaseOutlastsBuildingAndUploadingAFile() {
    CourtProperties properties = properties(Duration.ofSeconds(5), Duration.ofSeconds(60), 10);
    assertThat(properties.lease())
        .isGreaterThan(properties.timeout().plus(properties.uploadTimeout()).multipliedBy(2));
    assertThat(properties.retryPolicy().delay(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.retryPolicy().retryAt(100, false, java.time.Instant.EPOCH))
        .as("a file is never given up")
        .isPresent();
  }

  @Test
  void theAddressLosesItsTrailingSlashes() {
    CourtProperties properties =
        new CourtProperties(
            " https://court.example/api// ",
            null,
            Duration.ofSeconds(5),
            Duration.ofSeconds(60),
            true,
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ofMinutes(30),
            10);
    assertThat(properties.baseUrl()).isEqualTo("https://court.example/api");
    assertThat(properties.apiKey()).isEmpty();
  }

  @Test
  void nonsenseIsRefusedAtStartUp() {
    assertThatThrownBy(() -> properties(Duration.ZERO, Duration.ofSeconds(60), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> properties(Duration.ofSeconds(5), Duration.ofSeconds(60), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CourtProperties properties(Duration timeout, Duration upload, int batch) {
    return new CourtProperties(
        "",
        "",
        timeout,
        upload,
        true,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofMinutes(30),
        batch);
  }
}
