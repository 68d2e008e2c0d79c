package kz.ecase.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox engine's back-off: doubling, bounded, given up after the last attempt (or never). */
class RetryPolicyTest {

  final Instant failed = Instant.parse("2026-06-15T10:00:00Z");

  @Test
  void theWaitDoublesAfterEachFailedAttempt() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 0);

    assertThat(policy.delay(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delay(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.delay(3)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void theWaitNeverGrowsPastTheMaximumAndWithoutALastAttemptAttemptsNeverEnd() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 0);

    assertThat(policy.delay(4)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delay(1000)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.retryAt(1000, false, failed)).contains(failed.plus(Duration.ofMinutes(1)));
  }

  @Test
  void theNextAttemptIsCountedFromTheFailure() {
    RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 0);

    assertThat(policy.retryAt(2, false, failed)).contains(Instant.parse("2026-06-15T10:00:20Z"));
  }

  @Test
  void aMessageIsGivenUpAfterTheLastAttemptOrAtOnceWhenRefusedForGood() {
    RetryPolicy policy = RetryPolicy.doubling(Duration.ofSeconds(1), 8);

    assertThat(policy.retryAt(7, false, failed)).contains(failed.plusSeconds(64));
    assertThat(policy.retryAt(8, false, failed)).isEmpty();
    assertThat(policy.retryAt(1, true, failed)).isEmpty();
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> RetryPolicy.doubling(Duration.ZERO, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
