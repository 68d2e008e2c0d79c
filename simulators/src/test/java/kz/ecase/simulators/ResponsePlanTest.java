package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import kz.ecase.simulators.ResponsePlan.Outcome;
import org.junit.jupiter.api.Test;

class ResponsePlanTest {

  SplittableRandom random = new SplittableRandom(7);

  @Test
  void byDefaultARequestIsAnsweredAfterItsLatency() {
    ResponsePlan plan = ResponsePlan.of(Behaviour.DEFAULT, null, random);

    assertThat(plan.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(plan.delayMillis()).isBetween(20L, 80L);
  }

  @Test
  void anOutageAnswersAtOnceBeforeAnythingElse() {
    Behaviour down =
        Behaviour.DEFAULT.withOutage(true).withApiKey("key").withHangRate(1).withErrorRate(1);

    assertThat(ResponsePlan.of(down, null, random)).isEqualTo(new ResponsePlan(Outcome.OUTAGE, 0));
  }

  @Test
  void aRequestWithoutTheConfiguredKeyIsRefusedAtOnce() {
    Behaviour keyed = Behaviour.DEFAULT.withApiKey("key");

    assertThat(ResponsePlan.of(keyed, null, random).outcome()).isEqualTo(Outcome.UNAUTHORIZED);
    assertThat(ResponsePlan.of(keyed, "other", random).outcome()).isEqualTo(Outcome.UNAUTHORIZED);
    assertThat(ResponsePlan.of(keyed, "key", random).outcome()).isEqualTo(Outcome.ANSWER);
  }

  @Test
  void aHangingRequestIsHeldForAMinute() {
    ResponsePlan plan = ResponsePlan.of(Behaviour.DEFAULT.withHangRate(1), null, random);

    assertThat(plan).isEqualTo(new ResponsePlan(Outcome.HANG, 60_000));
  }

  @Test
  void errorsComeAfterTheLatencyAtTheirRate() {
    Behaviour flaky = Behaviour.DEFAULT.withErrorRate(0.3);
    int errors = 0;
    for (int i = 0; i < 10_000; i++) {
      ResponsePlan plan = ResponsePlan.of(flaky, null, random);
      assertThat(plan.delayMillis()).isBetween(20L, 80L);
      errors += plan.outcome() == Outcome.ERROR ? 1 : 0;
    }
    assertThat(errors).isBetween(2_800, 3_200);
    assertThat(ResponsePlan.of(Behaviour.DEFAULT.withErrorRate(1), null, random).outcome())
        .isEqualTo(Outcome.ERROR);
  }
}
