package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clock's offset for training instances and crash tests, and production's refusal of it. */
class ClockConfigurationTest {

  final ClockConfiguration configuration = new ClockConfiguration();

  @Test
  void anOffsetClockRunsThatFarAhead() {
    Instant ahead = configuration.clock(Duration.ofDays(45)).instant();

    assertThat(Duration.between(Instant.now(), ahead))
        .isBetween(Duration.ofDays(45).minusMinutes(1), Duration.ofDays(45).plusMinutes(1));
  }

  @Test
  void productionRefusesAnyOffsetAndAcceptsNone() {
    assertThat(configuration.clockOffsetCheck(Duration.ofDays(45)).problems())
        .singleElement()
        .asString()
        .contains("ECASE_CLOCK_OFFSET");
    assertThat(configuration.clockOffsetCheck(Duration.ZERO).problems()).isEmpty();
  }
}
