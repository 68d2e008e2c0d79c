package kz.ecase.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void fifthWrongPasswordLocksForFifteenMinutes() {
    LoginThrottle throttle = LoginThrottle.CLEAR;
    for (int i = 1; i <= 4; i++) {
      throttle = throttle.afterFailure(NOW, POLICY);
      assertThat(throttle.isLocked(NOW)).as("after %d failures", i).isFalse();
    }

    throttle = throttle.afterFailure(NOW, POLICY);

    assertThat(throttle.isLocked(NOW)).isTrue();
    assertThat(throttle.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
    assertThat(throttle.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void afterTheLockExpiresCountingStartsAgain() {
    LoginThrottle locked = new LoginThrottle(5, NOW);
    Instant later = NOW.plusSeconds(1);

    LoginThrottle next = locked.afterFailure(later, POLICY);

    assertThat(next.failures()).isEqualTo(1);
    assertThat(next.isLocked(later)).isFalse();
  }
}
