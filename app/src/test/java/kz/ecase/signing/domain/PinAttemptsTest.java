package kz.ecase.signing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PinAttemptsTest {

  static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");

  @Test
  void theFifthWrongPinInARowLocksForGood() {
    PinAttempts attempts = PinAttempts.CLEAR;
    for (int i = 1; i <= 4; i++) {
      attempts = attempts.afterFailure(NOW, 5);
      assertThat(attempts.isLocked()).isFalse();
      assertThat(attempts.attemptsLeft(5)).isEqualTo(5 - i);
    }

    attempts = attempts.afterFailure(NOW.plusSeconds(60), 5);

    assertThat(attempts.isLocked()).isTrue();
    assertThat(attempts.lockedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(attempts.attemptsLeft(5)).isZero();
    assertThat(attempts.afterFailure(NOW.plusSeconds(120), 5).lockedAt())
        .as("the first lock time stays")
        .isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void pinsAreSixToTwelveDigits() {
    assertThat(SigningPin.isWellFormed("123456")).isTrue();
    assertThat(SigningPin.isWellFormed("123456789012")).isTrue();
    assertThat(SigningPin.isWellFormed("12345")).isFalse();
    assertThat(SigningPin.isWellFormed("1234567890123")).isFalse();
    assertThat(SigningPin.isWellFormed("12345a")).isFalse();
    assertThat(SigningPin.isWellFormed(null)).isFalse();
    assertThatThrownBy(() -> SigningPin.of("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SigningPin.of("123456").toString()).doesNotContain("123456");
  }
}
