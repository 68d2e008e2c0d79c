package kz.ecase.offences.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1));

  @Test
  void theWaitDoublesAfterEachFailedAttempt() {
    assertThat(schedule.delay(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.delay(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(schedule.delay(3)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void theWaitNeverGrowsPastTheMaximumAndAttemptsNeverEnd() {
    assertThat(schedule.delay(4)).isEqualTo(Duration.ofMinutes(1));
    assertThat(schedule.delay(1000)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void theNextAttemptIsCountedFromTheFailure() {
    Instant failed = Instant.parse("2026-06-15T10:00:00Z");
    assertThat(schedule.nextAttempt(2, failed)).isEqualTo(Instant.parse("2026-06-15T10:00:20Z"));
  }
}
