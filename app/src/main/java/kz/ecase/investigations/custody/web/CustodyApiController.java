package kz.ecase.investigations.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.custody.ClockState;
import kz.ecase.investigations.custody.CustodyClocks;
import kz.ecase.investigations.custody.CustodyClocks.ClockView;
import kz.ecase.investigations.custody.CustodyForm;
import kz.ecase.investigations.custody.CustodyRecording;
import kz.ecase.investigations.custody.CustodyRecording.Taken;
import kz.ecase.investigations.custody.CustodyStepForm;
import kz.ecase.investigations.custody.RunningClock;
import kz.ecase.investigations.custody.StoredClock;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries and detentions with their clocks: record, take a step, read, list, count. */
@RestController
@RequestMapping("/api/investigations/custody")
@Tag(name = "Investigations: custody")
@SecurityRequirement(name = "bearer")
class CustodyApiController {

  /** A step as recorded. */
  record Step(
      int seq,
      String step,
      String from,
      String to,
      Instant at,
      String actor,
      String reasons,
      String documentSha256,
      long receipt) {
    static Step of(RecordedStep s) {
      return new Step(
          s.seq(),
          s.step(),
          s.from(),
          s.to(),
          s.at(),
          s.actor(),
          s.reasons(),
          s.documentSha256(),
          s.receipt());
    }
  }

  /** A clock as its readers see it. */
  record Clock(
      String id,
      String kind,
      String unit,
      String iin,
      String place,
      String grounds,
      String exceptionalGround,
      String reference,
      Instant enteredAt,
      Instant originalRestrictedAt,
      Instant restrictedAt,
      boolean lateEntry,
      String lateReason,
      String recordedBy,
      String convertedFrom,
      String status,
      boolean running,
      boolean minor,
      String limitKey,
      String limit,
      Instant alertAt,
      Instant deadline,
      Instant alertedAt,
      Instant overrunAt,
      List<Step> steps) {
    static Clock of(StoredClock c, ClockState s, List<RecordedStep> steps) {
      return new Clock(
          c.id().toString(),
          c.kind(),
          c.unit(),
          c.personIin(),
          c.place(),
          c.grounds(),
          c.exceptionalGround(),
          c.reference(),
          c.enteredAt(),
          c.restrictedAt(),
          s.restrictedAt(),
          c.lateEntry(),
          c.lateReason(),
          c.recordedBy(),
          c.convertedFrom() == null ? null : c.convertedFrom().toString(),
          s.status(),
          s.running(),
          s.minor(),
          s.limitKey(),
          s.limitValue(),
          s.alertAt(),
          s.deadline(),
          s.alertedAt(),
          s.overrunAt(),
          steps == null ? null : steps.stream().map(Step::of).toList());
    }
  }

  /** A step taken; for a conversion, the detention it started. */
  record Taken201(Step step, String detentionId) {}

  private final CustodyRecording recording;
  private final CustodyClocks clocks;
  private final CurrentUsers currentUsers;

  CustodyApiController(
      CustodyRecording recording, CustodyClocks clocks, CurrentUsers currentUsers) {
    this.recording = recording;
    this.clocks = clocks;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/clocks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a delivery or detention: its act is signed with your PIN, its clock starts",
      description =
          "Officer, investigator or head of unit, in their unit. restrictedAt: the actual moment"
              + " the person's freedom was restricted (an entry more than an hour later states"
              + " lateReason and is flagged). exceptionalGround only for a 72-hour detention."
              + " Every invalid field is listed at once.")
  Clock record(@RequestBody CustodyForm form) {
    StoredClock clock = recording.record(currentUsers.current(), form);
    ClockView view = clocks.find(clock.id().toString(), "recorded the clock");
    return Clock.of(view.clock(), view.state(), view.steps());
  }

  @PostMapping("/clocks/{id}/steps")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Take a step of a clock, signed with your PIN",
      description =
          "CONFIRM_LEGAL, DECLARE_ILLEGAL: the duty (or supervising) prosecutor. CORRECT_TIME"
              + " (with restrictedAt and reasons), RELEASE, TRANSFER_TO_CUSTODY (reasons: the"
              + " court's sanction), CONVERT_TO_DETENTION (reasons: the grounds; a new detention"
              + " clock starts at the same moment): the unit's staff. 409 when the clock's state"
              + " or a rule refuses the step; the overrun is recorded only by the system.")
  Taken201 step(@PathVariable String id, @RequestBody CustodyStepForm form) {
    Taken taken = recording.take(currentUsers.current(), id, form);
    return new Taken201(
        Step.of(taken.step()), taken.detentionId() == null ? null : taken.detentionId().toString());
  }

  @GetMapping("/clocks/{id}")
  @Operation(summary = "A clock with its steps (the read is audited)")
  Clock clock(@PathVariable String id, @RequestParam(defaultValue = "") String purpose) {
    ClockView view = clocks.find(id, purpose.isBlank() ? "custody clock" : purpose);
    return Clock.of(view.clock(), view.state(), view.steps());
  }

  @GetMapping("/clocks")
  @Operation(summary = "The running clocks of your units, soonest deadline first")
  List<Clock> running(@RequestParam(defaultValue = "1000") int limit) {
    if (limit < 1 || limit > CustodyClocks.MAX_LIST) {
      throw new InvalidInputException("limit", "Between 1 and " + CustodyClocks.MAX_LIST);
    }
    return clocks.running(currentUsers.current(), limit).stream()
        .map((RunningClock r) -> Clock.of(r.clock(), r.state(), null))
        .toList();
  }

  @GetMapping("/figures")
  @Operation(
      summary = "How many clocks of a unit stand in each status, and how many ever overran",
      description = "unit: your own by default; one within your jurisdiction.")
  Map<String, Long> figures(@RequestParam(required = false) String unit) {
    UnitCode code;
    try {
      code = unit == null || unit.isBlank() ? null : UnitCode.of(unit.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("unit", "A unit code");
    }
    return clocks.figures(currentUsers.current(), code);
  }
}
