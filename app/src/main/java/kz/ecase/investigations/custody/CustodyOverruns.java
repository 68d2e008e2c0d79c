package kz.ecase.investigations.custody;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.investigations.custody.domain.CustodyClock;
import kz.ecase.investigations.custody.domain.CustodyEvent;
import kz.ecase.investigations.custody.domain.CustodyLimits;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.procedure.NextStep;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StaffAlerts;
import kz.ecase.procedure.StepSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overrun, recorded by the system on the kernel the moment a clock's limit has run out with the
 * person held (no act: its ledger entry is its record), with the alerts of 100 %; and the
 * projection of a clock's state after each step.
 */
@Component
class CustodyOverruns {

  private final CustodyStore store;
  private final ProcedureSteps steps;
  private final CustodyLimits limits;
  private final CustodyAlerts alerts;

  CustodyOverruns(
      CustodyStore store,
      ProcedureSteps steps,
      CustodyLimits limits,
      StaffAlerts staffAlerts,
      ProcedureCalendar calendar) {
    this.store = store;
    this.steps = steps;
    this.limits = limits;
    this.alerts = new CustodyAlerts(staffAlerts, calendar.zone());
  }

  CustodyAlerts alerts() {
    return alerts;
  }

  /** The clock's lifecycle as recorded now. */
  CustodyClock lifecycle(StoredClock clock) {
    return CustodyHistory.replay(
        clock, store.steps(clock.id()), store.corrections(clock.id()), limits);
  }

  /**
   * Records the overrun of the clock if it is due at {@code now}; in the caller's transaction.
   *
   * @return whether it was recorded now
   */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean recordIfDue(StoredClock clock, Instant now) {
    if (!lifecycle(clock).overrunDue(now)) {
      return false;
    }
    RecordedStep step =
        steps.take(
            store,
            clock.id(),
            history -> {
              CustodyClock lifecycle =
                  CustodyHistory.replay(clock, history, store.corrections(clock.id()), limits);
              CustodyEvent event = lifecycle.overrun(now);
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("deadline", lifecycle.deadline().toString());
              details.put("limit", lifecycle.limit().duration().toString());
              details.put("limitKey", lifecycle.limit().key());
              details.put("detectedAt", now.toString());
              return next(clock, event, details, null);
            });
    ClockState state = project(clock, now);
    alerts.overrun(state, now);
    return step != null;
  }

  /** Writes the clock's state projection as its journal now stands. */
  ClockState project(StoredClock clock, Instant now) {
    CustodyClock lifecycle = lifecycle(clock);
    ClockState state = CustodyHistory.stateOf(clock, lifecycle, null);
    if (lifecycle.overrun()) {
      state =
          new ClockState(
              state.clockId(),
              state.unit(),
              state.kind(),
              state.status(),
              state.running(),
              state.minor(),
              state.restrictedAt(),
              state.limitKey(),
              state.limitValue(),
              state.deadline(),
              state.alertAt(),
              now,
              now,
              state.recordedBy());
    }
    store.project(state);
    return state;
  }

  static NextStep next(
      StoredClock clock, CustodyEvent event, Map<String, Object> details, SignedAct act) {
    return NextStep.of(
        new StepSubject(
            clock.id().toString(), UnitCode.of(clock.unit()), Iin.of(clock.personIin())),
        event.step(),
        event.from(),
        event.to(),
        event.at(),
        event.actor(),
        event.reasons(),
        details,
        act);
  }
}
