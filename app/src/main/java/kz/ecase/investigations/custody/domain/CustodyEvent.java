package kz.ecase.investigations.custody.domain;

import java.time.Instant;

/**
 * One step of a clock's life: from one state to the next, when, by whom, with their reasons; for
 * the first step and a correction, the moment of restriction it sets.
 */
public record CustodyEvent(
    CustodyStep step,
    CustodyStatus from,
    CustodyStatus to,
    Instant at,
    String actor,
    String reasons,
    Instant restrictedAt) {

  public CustodyEvent {
    reasons = reasons == null ? "" : reasons;
  }
}
