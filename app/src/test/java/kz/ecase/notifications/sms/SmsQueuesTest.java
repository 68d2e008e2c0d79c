package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsQueuesTest {

  /** A batch's rows are handled in ceil(batch / concurrency) rounds of network calls. */
  @Test
  void aLeaseOutlastsEveryRoundOfItsBatch() {
    Duration perRow = Duration.ofMillis(4500);
    assertThat(SmsQueues.lease(properties(128, 32), perRow)).isEqualTo(Duration.ofSeconds(28));
    assertThat(SmsQueues.lease(properties(129, 32), perRow)).isEqualTo(Duration.ofMillis(32500));
    assertThat(SmsQueues.lease(properties(5, 32), perRow)).isEqualTo(Duration.ofMillis(14500));
  }

  private static SmsProperties properties(int batchSize, int concurrency) {
    return new SmsProperties(
        "",
        "",
        true,
        Duration.ofSeconds(3),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        8,
        12,
        batchSize,
        concurrency);
  }
}
