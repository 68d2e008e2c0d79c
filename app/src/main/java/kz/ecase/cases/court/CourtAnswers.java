package kz.ecase.cases.court;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.ecase.cases.court.CourtOutbox.Referral;
import kz.ecase.cases.court.integration.CourtSystem;
import kz.ecase.cases.court.integration.CourtSystem.CourtCase;
import kz.ecase.cases.court.integration.CourtSystem.CourtSystemException;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.procedure.ConcurrentStepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Learns what the court did by asking which of its cases changed since the last change ecase took
 * in (a little before it: answers seen twice are recorded once): a case returned for revision or
 * decided becomes its step of the criminal case. An answer about a file whose receipt is not
 * recorded yet waits for it (the cursor stays before it); an answer about a file ecase did not send
 * is not ecase's. Two instances may ask at once: the first to record an answer wins, the other's
 * duplicate is dropped.
 */
public class CourtAnswers {

  private static final Logger log = LoggerFactory.getLogger(CourtAnswers.class);

  private enum Outcome {
    RECORDED,
    DONE,
    LATER
  }

  private final CourtOutbox outbox;
  private final CourtSystem court;
  private final CourtRecords records;
  private final CourtProperties properties;

  CourtAnswers(
      CourtOutbox outbox, CourtSystem court, CourtRecords records, CourtProperties properties) {
    this.outbox = outbox;
    this.court = court;
    this.records = records;
    this.properties = properties;
  }

  /**
   * Asks the court what changed and records it, as of {@code now}; returns how many it recorded.
   */
  public int poll(Instant now) {
    List<CourtCase> changed;
    try {
      changed = court.changedSince(outbox.cursor().minus(properties.pollOverlap()));
    } catch (CourtSystemException e) {
      log.warn("The court did not say what changed: {}", e.getMessage());
      return 0;
    }
    int recorded = 0;
    boolean waiting = false;
    Instant seen = null;
    for (CourtCase reported : changed) {
      Outcome outcome = take(reported, now);
      if (outcome == Outcome.RECORDED) {
        recorded++;
      }
      waiting |= outcome == Outcome.LATER;
      if (!waiting && (seen == null || reported.changedAt().isAfter(seen))) {
        seen = reported.changedAt();
      }
    }
    if (seen != null) {
      outbox.advance(seen);
    }
    return recorded;
  }

  private Outcome take(CourtCase reported, Instant now) {
    if (!reported.returned() && !reported.decided()) {
      return Outcome.DONE;
    }
    Optional<Referral> sending =
        reported.reference() == null ? Optional.empty() : outbox.referral(reported.reference());
    if (sending.isEmpty()) {
      return Outcome.DONE;
    }
    String kind = reported.returned() ? CourtOutbox.RETURNED : CourtOutbox.DECIDED;
    if (outbox.hasFact(reported.reference(), kind)) {
      return Outcome.DONE;
    }
    if (!outbox.hasFact(reported.reference(), CourtOutbox.RECEIVED)) {
      return Outcome.LATER;
    }
    try {
      if (reported.returned()) {
        records.returned(sending.get().caseId(), reported, now);
      } else {
        records.decided(
            sending.get().caseId(),
            reported,
            reported.asReported().getBytes(StandardCharsets.UTF_8),
            now);
      }
      return Outcome.RECORDED;
    } catch (DuplicateKeyException e) {
      return Outcome.DONE;
    } catch (StepNotAllowedException e) {
      if (outbox.hasFact(reported.reference(), kind)) {
        return Outcome.DONE; // another instance recorded it a moment ago
      }
      log.warn(
          "The court's {} of case {} ({}) does not fit the case as it stands: {}",
          kind,
          reported.caseNumber(),
          reported.reference(),
          e.getMessage());
      return Outcome.DONE;
    } catch (ConcurrentStepException e) {
      return Outcome.LATER;
    } catch (RuntimeException e) {
      log.warn(
          "The court's {} of case {} not recorded: {}", kind, reported.caseNumber(), e.toString());
      return Outcome.LATER;
    }
  }
}
