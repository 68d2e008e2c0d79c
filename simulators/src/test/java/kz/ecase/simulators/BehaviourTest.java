package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BehaviourTest {

  @Test
  void theDefaultIsQuickAndFaultless() {
    assertThat(Behaviour.DEFAULT.latency()).isEqualTo(Latency.uniform(20, 80));
    assertThat(Behaviour.DEFAULT.errorRate()).isZero();
    assertThat(Behaviour.DEFAULT.hangRate()).isZero();
    assertThat(Behaviour.DEFAULT.outage()).isFalse();
    assertThat(Behaviour.DEFAULT.apiKey()).isNull();
  }

  @Test
  void eachWitherChangesOnlyItsOwnField() {
    Behaviour changed =
        Behaviour.DEFAULT
            .withLatency(Latency.logNormal(100, 400))
            .withErrorRate(0.1)
            .withHangRate(0.2)
            .withOutage(true)
            .withApiKey("secret");

    assertThat(changed)
        .isEqualTo(new Behaviour(Latency.logNormal(100, 400), 0.1, 0.2, true, "secret"));
    assertThat(changed.withOutage(false).errorRate()).isEqualTo(0.1);
  }

  @Test
  void ratesOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> Behaviour.DEFAULT.withErrorRate(1.01))
        .hasMessage("errorRate must be from 0.0 to 1.0");
    assertThatThrownBy(() -> Behaviour.DEFAULT.withHangRate(-0.1))
        .hasMessage("hangRate must be from 0.0 to 1.0");
    assertThatThrownBy(() -> Behaviour.DEFAULT.withErrorRate(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBlankKeyOrNoLatencyIsRefused() {
    assertThatThrownBy(() -> Behaviour.DEFAULT.withApiKey(" ")).hasMessageContaining("apiKey");
    assertThatThrownBy(() -> Behaviour.DEFAULT.withLatency(null)).hasMessageContaining("latency");
  }
}
