package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ShownDurationTest {

  @Test
  void underADayIsSaidInHoursAndMinutes() {
    ShownDuration d = ShownDuration.of(Duration.ofMinutes(23 * 60 + 59));

    assertThat(d).isEqualTo(new ShownDuration(false, 23, 59));
    assertThat(d.key()).isEqualTo("duration.hours");
  }

  @Test
  void aDayOrMoreIsSaidInDaysAndHours() {
    ShownDuration d = ShownDuration.of(Duration.ofHours(24 * 3 + 5).plusMinutes(59));

    assertThat(d).isEqualTo(new ShownDuration(true, 3, 5));
    assertThat(d.key()).isEqualTo("duration.days");
  }

  @Test
  void theOrderOfTheInstantsDoesNotMatter() {
    Instant since = Instant.parse("2026-12-05T10:00:00Z");
    Instant now = Instant.parse("2026-12-06T12:30:00Z");

    assertThat(ShownDuration.between(since, now))
        .isEqualTo(ShownDuration.between(now, since))
        .isEqualTo(new ShownDuration(true, 1, 2));
  }
}
