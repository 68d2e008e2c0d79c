package kz.ecase.offences.enforcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.offences.enforcement.EnforcementOutbox.Claimed;
import kz.ecase.offences.enforcement.integration.AisBep;
import kz.ecase.offences.enforcement.integration.AisBep.Acknowledgement;
import kz.ecase.offences.enforcement.integration.AisBep.AisBepException;
import kz.ecase.procedure.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Sends the referrals' materials to AIS BEP with the protocol's number as the idempotency key and
 * records each acknowledgement. A referral is claimed (leased) before it is sent, so two instances
 * never send it at once; an attempt that fails is retried later ({@link RetryPolicy}). When an
 * instance dies after AIS BEP accepted but before the acknowledgement was recorded, the lease runs
 * out, the referral is sent again, and AIS BEP answers the same case: one case per protocol.
 */
public class EnforcementDispatcher {

  private static final Logger log = LoggerFactory.getLogger(EnforcementDispatcher.class);

  private final EnforcementOutbox outbox;
  private final EnforcementMaterials materials;
  private final AisBep bep;
  private final Acknowledgements acknowledgements;
  private final RetryPolicy retries;
  private final EnforcementProperties properties;

  EnforcementDispatcher(
      EnforcementOutbox outbox,
      EnforcementMaterials materials,
      AisBep bep,
      Acknowledgements acknowledgements,
      EnforcementProperties properties) {
    this.outbox = outbox;
    this.materials = materials;
    this.bep = bep;
    this.acknowledgements = acknowledgements;
    this.retries = properties.retryPolicy();
    this.properties = properties;
  }

  /** Sends every referral due at {@code now}; returns how many were acknowledged. */
  public int dispatchDue(Instant now) {
    return send(outbox.claim(now, properties.lease(), properties.batchSize(), null), now);
  }

  /** Sends this protocol's referral if it is due at {@code now}; true when acknowledged. */
  public boolean dispatch(UUID protocolId, Instant now) {
    return send(outbox.claim(now, properties.lease(), 1, protocolId), now) == 1;
  }

  private int send(List<Claimed> claimed, Instant now) {
    int acknowledged = 0;
    for (Claimed referral : claimed) {
      if (send(referral, now)) {
        acknowledged++;
      }
    }
    return acknowledged;
  }

  private boolean send(Claimed referral, Instant now) {
    Acknowledgement ack;
    try {
      ack = bep.submit(materials.of(referral.protocolId(), referral.reference()));
    } catch (AisBepException e) {
      Instant retryAt = retries.retryAt(referral.attempts(), false, now).orElseThrow();
      log.warn(
          "Enforcement referral {} not acknowledged (attempt {}), again at {}: {}",
          referral.reference(),
          referral.attempts(),
          retryAt,
          e.getMessage());
      outbox.failed(referral.protocolId(), e.getMessage(), retryAt);
      return false;
    }
    try {
      acknowledgements.acknowledged(
          referral.protocolId(), ack.caseNumber(), referral.attempts(), now);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    } catch (RuntimeException e) {
      // Like a crash between AIS BEP's answer and our record: the lease runs out and the referral
      // is sent again; AIS BEP answers the same case for the same reference.
      log.warn(
          "Enforcement referral {} acknowledged as {} but not recorded; sent again after the lease",
          referral.reference(),
          ack.caseNumber(),
          e);
      return false;
    }
  }
}
