package kz.ecase.offences.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.ecase.offences.payments.NotificationSignature.Verdict;
import kz.ecase.simulators.CallbackSignature;
import org.junit.jupiter.api.Test;

class NotificationSignatureTest {

  static final String SECRET = "a-shared-secret-of-enough-length";
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  final NotificationSignature check =
      new NotificationSignature(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
  final byte[] body = "{\"paymentId\":\"pp-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theProvidersSignatureIsAccepted() {
    String timestamp = Long.toString(NOW.getEpochSecond() - 30);

    assertThat(check.check(timestamp, CallbackSignature.sign(SECRET, timestamp, body), body))
        .isEqualTo(Verdict.VALID);
    assertThat(check.sign(timestamp, body))
        .isEqualTo(CallbackSignature.sign(SECRET, timestamp, body));
  }

  @Test
  void aChangedBodyTimestampOrSecretIsRefused() {
    String timestamp = Long.toString(NOW.getEpochSecond());
    String signature = check.sign(timestamp, body);
    byte[] changed = "{\"paymentId\":\"pp-2\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(check.check(timestamp, signature, changed)).isEqualTo(Verdict.WRONG);
    assertThat(check.check(Long.toString(NOW.getEpochSecond() + 1), signature, body))
        .isEqualTo(Verdict.WRONG);
    assertThat(
            check.check(
                timestamp, CallbackSignature.sign("another-secret-1234", timestamp, body), body))
        .isEqualTo(Verdict.WRONG);
    assertThat(check.check(timestamp, signature.substring(1), body)).isEqualTo(Verdict.WRONG);
  }

  @Test
  void aCorrectlySignedOldOrFutureTimestampIsStale() {
    String old = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
    String future = Long.toString(NOW.plus(Duration.ofMinutes(6)).getEpochSecond());

    assertThat(check.check(old, check.sign(old, body), body)).isEqualTo(Verdict.STALE);
    assertThat(check.check(future, check.sign(future, body), body)).isEqualTo(Verdict.STALE);
  }

  @Test
  void missingOrMalformedHeadersAreMissing() {
    assertThat(check.check(null, "ab", body)).isEqualTo(Verdict.MISSING);
    assertThat(check.check("123", null, body)).isEqualTo(Verdict.MISSING);
    assertThat(check.check("12a", "ab", body)).isEqualTo(Verdict.MISSING);
  }

  @Test
  void withoutASecretNothingIsAccepted() {
    NotificationSignature none =
        new NotificationSignature("", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
    String timestamp = Long.toString(NOW.getEpochSecond());

    assertThat(none.check(timestamp, "00".repeat(32), body)).isEqualTo(Verdict.WRONG);
  }
}
