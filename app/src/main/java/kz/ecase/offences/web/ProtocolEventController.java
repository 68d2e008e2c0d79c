package kz.ecase.offences.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Steps of a registered protocol's life taken by hand: service, decision, appeal, cancellation. */
@RestController
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class ProtocolEventController {

  /** A step: its transition, the reasons (where the step states them) and the signing PIN. */
  record StepRequest(String transition, String reasons, String pin) {}

  /** The recorded step. */
  record Step(
      int seq,
      String type,
      String from,
      String to,
      Instant at,
      String actor,
      String reasons,
      String documentSha256,
      long receipt) {
    static Step of(RecordedStep e) {
      return new Step(
          e.seq(),
          e.step(),
          e.from(),
          e.to(),
          e.at(),
          e.actor(),
          e.reasons(),
          e.documentSha256(),
          e.receipt());
    }
  }

  private final ProtocolTransitions transitions;
  private final CurrentUsers currentUsers;

  ProtocolEventController(ProtocolTransitions transitions, CurrentUsers currentUsers) {
    this.transitions = transitions;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/offences/protocols/{id}/events")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Take the protocol's next step: its act is rendered, signed with your PIN, recorded",
      description =
          "SERVE, DECIDE_FINE, DECIDE_WARNING, REFER_TO_COURT: staff of the protocol's unit."
              + " APPEAL: the person (their own protocol, no PIN) or staff recording a paper"
              + " appeal. DISMISS_APPEAL, GRANT_APPEAL, CANCEL: the head of the unit or the"
              + " supervising prosecutor. reasons: required for referral, appeal, its outcome and"
              + " cancellation. 409 when the protocol's state or a term does not allow the step.")
  Step step(@PathVariable String id, @RequestBody StepRequest request) {
    return Step.of(
        transitions.byHand(
            currentUsers.current(),
            id,
            transition(request.transition()),
            request.reasons(),
            request.pin()));
  }

  private static ProtocolTransition transition(String name) {
    try {
      return ProtocolTransition.valueOf(name == null ? "" : name.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "transition", "One of " + Arrays.toString(ProtocolTransition.values()));
    }
  }
}
