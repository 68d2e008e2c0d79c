package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommonPoolTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(CommonPool.PARALLELISM);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(CommonPool.PARALLELISM);
    } else {
      System.setProperty(CommonPool.PARALLELISM, before);
    }
  }

  @Test
  void givesThePoolTwoThreadsEvenOnTwoCores() {
    System.clearProperty(CommonPool.PARALLELISM);

    CommonPool.atLeastTwoThreads();

    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(Integer.parseInt(System.getProperty(CommonPool.PARALLELISM)))
        .isGreaterThanOrEqualTo(2)
        .isEqualTo(Math.max(2, cores - 1));
  }

  @Test
  void leavesTheOperatorsChoiceAlone() {
    System.setProperty(CommonPool.PARALLELISM, "7");

    CommonPool.atLeastTwoThreads();

    assertThat(System.getProperty(CommonPool.PARALLELISM)).isEqualTo("7");
  }
}
