package kz.ecase.investigations.custody.domain;

import static kz.ecase.investigations.custody.domain.CustodyStatus.CHECKED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.CONVERTED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.IN_CUSTODY;
import static kz.ecase.investigations.custody.domain.CustodyStatus.NEW;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RELEASED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RELEASE_ORDERED;
import static kz.ecase.investigations.custody.domain.CustodyStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clock's table, every state × every step, against the table written out here once more. */
class CustodyStepTest {

  private static final CustodyStatus HELD_OVER = CustodyStatus.OVERRUN;

  /** "STEP FROM" → where it leads; every pair not listed is refused. */
  private static final Map<String, CustodyStatus> EXPECTED = new HashMap<>();

  static {
    allow(CustodyStep.DELIVER, NEW, RUNNING);
    allow(CustodyStep.DETAIN, NEW, RUNNING);
    allow(CustodyStep.CONFIRM_LEGAL, RUNNING, CHECKED);
    allow(CustodyStep.DECLARE_ILLEGAL, RUNNING, RELEASE_ORDERED);
    allow(CustodyStep.DECLARE_ILLEGAL, CHECKED, RELEASE_ORDERED);
    allow(CustodyStep.DECLARE_ILLEGAL, HELD_OVER, RELEASE_ORDERED);
    allow(CustodyStep.CORRECT_TIME, RUNNING, RUNNING);
    allow(CustodyStep.CORRECT_TIME, CHECKED, RUNNING);
    allow(CustodyStep.CORRECT_TIME, RELEASE_ORDERED, RELEASE_ORDERED);
    for (CustodyStatus held : new CustodyStatus[] {RUNNING, CHECKED, RELEASE_ORDERED, HELD_OVER}) {
      allow(CustodyStep.RELEASE, held, RELEASED);
    }
    for (CustodyStatus held : new CustodyStatus[] {RUNNING, CHECKED, HELD_OVER}) {
      allow(CustodyStep.TRANSFER_TO_CUSTODY, held, IN_CUSTODY);
      allow(CustodyStep.CONVERT_TO_DETENTION, held, CONVERTED);
    }
    for (CustodyStatus held : new CustodyStatus[] {RUNNING, CHECKED, RELEASE_ORDERED}) {
      allow(CustodyStep.OVERRUN, held, HELD_OVER);
    }
  }

  private static void allow(CustodyStep step, CustodyStatus from, CustodyStatus to) {
    EXPECTED.put(step + " " + from, to);
  }

  @Test
  void everyStateAndStepIsAsTheTableSays() {
    int checked = 0;
    for (CustodyStatus from : CustodyStatus.values()) {
      for (CustodyStep step : CustodyStep.values()) {
        Optional<CustodyStatus> expected = Optional.ofNullable(EXPECTED.get(step + " " + from));
        assertThat(step.to(from)).as(step + " from " + from).isEqualTo(expected);
        assertThat(step.allowedFrom(from))
            .as(step + " from " + from)
            .isEqualTo(expected.isPresent());
        assertThat(CustodyStep.availableFrom(from).contains(step)).isEqualTo(expected.isPresent());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(CustodyStatus.values().length * CustodyStep.values().length);
  }

  @Test
  void aStoppedClockTakesNoFurtherStepAndNothingLeadsBackFromAnOverrun() {
    for (CustodyStatus stopped : new CustodyStatus[] {RELEASED, IN_CUSTODY, CONVERTED}) {
      assertThat(stopped.running()).isFalse();
      assertThat(CustodyStep.availableFrom(stopped)).as(stopped.name()).isEmpty();
    }
    for (CustodyStep step : CustodyStep.values()) {
      assertThat(step.to(HELD_OVER))
          .as(step.name())
          .isNotIn(Optional.of(RUNNING), Optional.of(CHECKED));
    }
  }

  @Test
  void onlyTheOverrunIsTheSystemsAndTheCheckIsTheProsecutors() {
    for (CustodyStep step : CustodyStep.values()) {
      assertThat(step.bySystem()).as(step.name()).isEqualTo(step == CustodyStep.OVERRUN);
      assertThat(step.byProsecutor())
          .as(step.name())
          .isEqualTo(step == CustodyStep.CONFIRM_LEGAL || step == CustodyStep.DECLARE_ILLEGAL);
    }
  }
}
