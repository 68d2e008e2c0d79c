package kz.ecase.investigations.custody;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.investigations.custody.domain.CustodyClock;
import kz.ecase.investigations.custody.domain.CustodyEvent;
import kz.ecase.investigations.custody.domain.CustodyKind;
import kz.ecase.investigations.custody.domain.CustodyLimits;
import kz.ecase.investigations.custody.domain.CustodyStatus;
import kz.ecase.investigations.custody.domain.CustodyStep;
import kz.ecase.investigations.custody.domain.DetentionGround;
import kz.ecase.kernel.Iin;
import kz.ecase.procedure.RecordedStep;

/** A stored clock's lifecycle rebuilt from its record, its journal and its corrections. */
final class CustodyHistory {

  private CustodyHistory() {}

  static CustodyClock replay(
      StoredClock clock,
      List<RecordedStep> steps,
      Map<Integer, Instant> corrections,
      CustodyLimits limits) {
    List<CustodyEvent> events =
        steps.stream()
            .map(
                s -> {
                  CustodyStep step = CustodyStep.valueOf(s.step());
                  Instant restrictedAt =
                      step.starts()
                          ? clock.restrictedAt()
                          : step == CustodyStep.CORRECT_TIME ? corrections.get(s.seq()) : null;
                  return new CustodyEvent(
                      step,
                      CustodyStatus.valueOf(s.from()),
                      CustodyStatus.valueOf(s.to()),
                      s.at(),
                      s.actor(),
                      s.reasons(),
                      restrictedAt);
                })
            .toList();
    return CustodyClock.replay(
        CustodyKind.valueOf(clock.kind()),
        Iin.of(clock.personIin()),
        clock.exceptionalGround() == null
            ? null
            : DetentionGround.valueOf(clock.exceptionalGround()),
        limits,
        events);
  }

  /** The projection of a clock as its lifecycle stands. */
  static ClockState stateOf(StoredClock clock, CustodyClock lifecycle, Instant overrunAt) {
    return new ClockState(
        clock.id(),
        clock.unit(),
        clock.kind(),
        lifecycle.status().name(),
        lifecycle.status().running(),
        lifecycle.minor(),
        lifecycle.restrictedAt(),
        lifecycle.limit().key(),
        lifecycle.limit().duration().toString(),
        lifecycle.deadline(),
        lifecycle.alertAt(),
        null,
        overrunAt,
        clock.recordedBy());
  }
}
