package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import kz.ecase.notifications.sms.SmsRetryPolicy.Status;
import org.junit.jupiter.api.Test;

class SmsRetryPolicyTest {

  final SmsRetryPolicy policy = new SmsRetryPolicy(Duration.ofSeconds(1), 8);
  final Instant now = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void backsOffExponentially() {
    assertThat(policy.delay(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delay(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delay(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delay(7)).isEqualTo(Duration.ofSeconds(64));
  }

  @Test
  void retriesATransientFailureUntilTheLastAttempt() {
    var afterFirst = policy.afterFailure(1, false, now);
    assertThat(afterFirst.status()).isEqualTo(Status.PENDING);
    assertThat(afterFirst.retryAt()).isEqualTo(now.plusSeconds(1));
    assertThat(policy.afterFailure(7, false, now).retryAt()).isEqualTo(now.plusSeconds(64));
    var last = policy.afterFailure(8, false, now);
    assertThat(last.status()).isEqualTo(Status.FAILED);
    assertThat(last.retryAt()).isNull();
  }

  @Test
  void aPermanentRefusalFailsAtOnce() {
    assertThat(policy.afterFailure(1, true, now).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new SmsRetryPolicy(Duration.ZERO, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmsRetryPolicy(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
