package kz.ecase.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PoolSizeDefaultTest {

  @Test
  void twiceTheCoresAndNeverBelowFour() {
    assertThat(PoolSizeDefault.forCores(1)).isEqualTo(4);
    assertThat(PoolSizeDefault.forCores(2)).isEqualTo(4);
    assertThat(PoolSizeDefault.forCores(3)).isEqualTo(6);
    assertThat(PoolSizeDefault.forCores(16)).isEqualTo(32);
  }

  @Test
  void theMachinesCoresGiveTheDefault() {
    StandardEnvironment environment = new StandardEnvironment();
    new PoolSizeDefault().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(PoolSizeDefault.PROPERTY, Integer.class))
        .isEqualTo(PoolSizeDefault.forCores(Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void anyConfiguredValueComesFirst() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("configured", Map.of(PoolSizeDefault.PROPERTY, 7)));
    new PoolSizeDefault().postProcessEnvironment(environment, null);

    assertThat(environment.getProperty(PoolSizeDefault.PROPERTY, Integer.class)).isEqualTo(7);
  }
}
