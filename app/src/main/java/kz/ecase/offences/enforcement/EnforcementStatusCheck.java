package kz.ecase.offences.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.offences.enforcement.EnforcementOutbox.OpenCase;
import kz.ecase.offences.enforcement.integration.AisBep;
import kz.ecase.offences.enforcement.integration.AisBep.AisBepException;
import kz.ecase.offences.enforcement.integration.AisBep.CaseStatus;
import kz.ecase.procedure.ConcurrentStepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Learns how AIS BEP's cases end by asking about each open case ({@code GET /cases/{number}}):
 * executed → the protocol is paid in full by AIS BEP; returned → recorded with its reason. Asking
 * changes nothing until a case ends, so two instances may ask at once: the first to record an
 * ending wins, the other's duplicate is dropped.
 */
@Component
public class EnforcementStatusCheck {

  private static final Logger log = LoggerFactory.getLogger(EnforcementStatusCheck.class);

  private final EnforcementOutbox outbox;
  private final AisBep bep;
  private final EnforcementRecords records;
  private final int batch;

  EnforcementStatusCheck(
      EnforcementOutbox outbox,
      AisBep bep,
      EnforcementRecords records,
      EnforcementProperties properties) {
    this.outbox = outbox;
    this.bep = bep;
    this.records = records;
    this.batch = properties.batchSize();
  }

  /** Asks about every case acknowledged by {@code now} and still open; returns how many ended. */
  public int checkOpen(Instant now) {
    return check(outbox.openCases(now, batch, null), now);
  }

  /** Asks about this protocol's case, if AIS BEP acknowledged it by {@code now} and it is open. */
  public Optional<EnforcementStatus> check(UUID protocolId, Instant now) {
    List<OpenCase> open = outbox.openCases(now, 1, protocolId);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ended(open.get(0), now));
  }

  private int check(List<OpenCase> open, Instant now) {
    int ended = 0;
    for (OpenCase c : open) {
      if (ended(c, now) != EnforcementStatus.ACKNOWLEDGED) {
        ended++;
      }
    }
    return ended;
  }

  private EnforcementStatus ended(OpenCase open, Instant now) {
    Optional<CaseStatus> reported;
    try {
      reported = bep.status(open.caseNumber());
    } catch (AisBepException e) {
      log.warn("AIS BEP did not say how case {} stands: {}", open.caseNumber(), e.getMessage());
      return EnforcementStatus.ACKNOWLEDGED;
    }
    if (reported.isEmpty()) {
      log.warn("AIS BEP does not know case {}", open.caseNumber());
      return EnforcementStatus.ACKNOWLEDGED;
    }
    try {
      if (reported.get().executed()) {
        records.executed(open.protocolId(), reported.get(), now);
        return EnforcementStatus.EXECUTED;
      }
      if (reported.get().returned()) {
        records.returned(open.protocolId(), reported.get(), now);
        return EnforcementStatus.RETURNED;
      }
    } catch (DuplicateKeyException e) {
      // another instance recorded the same ending first
      return reported.get().executed() ? EnforcementStatus.EXECUTED : EnforcementStatus.RETURNED;
    } catch (ConcurrentStepException e) {
      log.info("Protocol of case {} changed meanwhile; asked again next time", open.caseNumber());
    }
    return EnforcementStatus.ACKNOWLEDGED;
  }
}
