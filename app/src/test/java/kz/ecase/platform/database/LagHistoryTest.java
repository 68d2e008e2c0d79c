package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LagHistoryTest {

  static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");

  @Test
  void aReplicaThatReplayedEverythingHasNoLag() {
    LagHistory history = new LagHistory(100);

    assertThat(history.lag(T0, 1000, 1000)).isZero();
    assertThat(history.lag(T0.plusSeconds(1), 1000, 1000)).isZero();
  }

  @Test
  void theLagIsCountedFromTheFirstCheckThatSawWalTheReplicaHasNotReplayed() {
    LagHistory history = new LagHistory(100);
    history.lag(T0, 1000, 1000);
    history.lag(T0.plusSeconds(1), 2000, 1000);
    history.lag(T0.plusSeconds(2), 3000, 1000);

    assertThat(history.lag(T0.plusSeconds(3), 4000, 1000)).isEqualTo(Duration.ofSeconds(2));
    assertThat(history.lag(T0.plusSeconds(4), 4000, 2500)).isEqualTo(Duration.ofSeconds(2));
    assertThat(history.lag(T0.plusSeconds(5), 4000, 4000)).isZero();
  }

  @Test
  void anIdlePrimaryIsNoLagHoweverOldTheLastTransaction() {
    LagHistory history = new LagHistory(100);
    history.lag(T0, 5000, 5000);

    assertThat(history.lag(T0.plus(Duration.ofHours(5)), 5000, 5000)).isZero();
  }

  @Test
  void aServerThatIsNoReplicaHasNoLag() {
    assertThat(new LagHistory(100).lag(T0, 5000, -1)).isZero();
  }

  @Test
  void walPositionsAreReadAsBytes() {
    assertThat(Lsn.parse("0/3000000")).isEqualTo(0x3000000L);
    assertThat(Lsn.parse("16/B374D848")).isEqualTo((0x16L << 32) + 0xB374D848L);
    assertThat(Lsn.parse(null)).isEqualTo(-1);
  }
}
