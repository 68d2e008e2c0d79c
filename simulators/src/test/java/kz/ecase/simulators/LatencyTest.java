package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyTest {

  SplittableRandom random = new SplittableRandom(42);

  @Test
  void uniformLatencyStaysWithinItsBoundsAndReachesBoth() {
    Latency latency = Latency.uniform(50, 54);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      seen.add(latency.sampleMillis(random));
    }
    assertThat(seen).containsExactlyInAnyOrder(50L, 51L, 52L, 53L, 54L);
    assertThat(Latency.uniform(0, 0).sampleMillis(random)).isZero();
  }

  @Test
  void logNormalLatencyHasItsMedianAndP99AndACap() {
    Latency latency = Latency.logNormal(200, 800);
    long[] samples = new long[20_000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = latency.sampleMillis(random);
    }
    Arrays.sort(samples);

    assertThat(samples[samples.length / 2]).isBetween(190L, 210L);
    assertThat(samples[samples.length * 99 / 100]).isBetween(700L, 920L);
    assertThat(samples[samples.length - 1]).isLessThanOrEqualTo(2_400L);
    assertThat(samples[0]).isPositive();
  }

  @Test
  void impossibleLatenciesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Latency.uniform(100, 50)).hasMessageContaining("max");
    assertThatThrownBy(() -> Latency.uniform(-1, 50)).hasMessageContaining("min");
    assertThatThrownBy(() -> Latency.uniform(0, 60_001)).hasMessageContaining("60000");
    assertThatThrownBy(() -> Latency.logNormal(0, 50)).hasMessageContaining("median");
    assertThatThrownBy(() -> Latency.logNormal(300, 200)).hasMessageContaining("p99");
  }
}
