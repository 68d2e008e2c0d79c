package kz.ecase.cases.court;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.cases.court.CourtFileBuilder.CourtFile;
import kz.ecase.cases.court.CourtFileBuilder.NotBuilt;
import kz.ecase.cases.court.CourtOutbox.Claimed;
import kz.ecase.cases.court.integration.CourtSystem;
import kz.ecase.cases.court.integration.CourtSystem.CourtSystemException;
import kz.ecase.cases.court.integration.CourtSystem.Receipt;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.procedure.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * Sends the court outbox: for each sending due, seals its file the first time ({@link
 * CourtReferrals#seal}), asks the court which checkpoint it knows, builds the court file with
 * proofs from there, sends it under the sending's reference (the court's idempotency key) and
 * records the receipt. A sending is claimed (leased) first, so two instances never send it at once;
 * an attempt that fails is retried later ({@link RetryPolicy}), a file whose seal the ledger has
 * not sequenced yet a moment later. When an instance dies after the court accepted but before the
 * receipt was recorded, the lease runs out and the file is sent again: the court answers the same
 * case.
 */
public class CourtDispatcher {

  private static final Logger log = LoggerFactory.getLogger(CourtDispatcher.class);

  private final CourtOutbox outbox;
  private final CourtReferrals referrals;
  private final CourtFileBuilder builder;
  private final CourtSystem court;
  private final CourtRecords records;
  private final RetryPolicy retries;
  private final CourtProperties properties;

  CourtDispatcher(
      CourtOutbox outbox,
      CourtReferrals referrals,
      CourtFileBuilder builder,
      CourtSystem court,
      CourtRecords records,
      CourtProperties properties) {
    this.outbox = outbox;
    this.referrals = referrals;
    this.builder = builder;
    this.court = court;
    this.records = records;
    this.retries = properties.retryPolicy();
    this.properties = properties;
  }

  /** Sends every file due at {@code now}; returns how many the court accepted. */
  public int dispatchDue(Instant now) {
    return send(outbox.claim(now, properties.lease(), properties.batchSize(), null), now);
  }

  /** Sends this sending's file if it is due at {@code now}; true when the court accepted it. */
  public boolean dispatch(String reference, Instant now) {
    return send(outbox.claim(now, properties.lease(), 1, reference), now) == 1;
  }

  private void failed(Claimed sending, String error, boolean soon, Instant now) {
    Instant retryAt =
        soon ? now.plusSeconds(1) : retries.retryAt(sending.attempts(), false, now).orElseThrow();
    log.warn(
        "Court file {} not accepted (attempt {}), again at {}: {}",
        sending.reference(),
        sending.attempts(),
        retryAt,
        error);
    outbox.failed(sending.reference(), error == null ? "failed" : error, retryAt);
  }

  private int send(List<Claimed> claimed, Instant now) {
    int accepted = 0;
    for (Claimed sending : claimed) {
      if (send(sending, now)) {
        accepted++;
      }
    }
    return accepted;
  }

  private boolean send(Claimed claimed, Instant now) {
    Claimed sending = claimed;
    if (!sending.sealed()) {
      try {
        sending = referrals.seal(sending);
      } catch (RuntimeException e) {
        failed(sending, e.getMessage(), false, now);
        return false;
      }
      builder.awaitSequenced(sending.sealReceipt(), Duration.ofSeconds(5));
    }
    CourtFile file;
    Receipt receipt;
    try {
      file =
          builder.build(
              sending.caseId(),
              sending.manifestSha256(),
              sending.sealReceipt(),
              sending.sentAt(),
              court.checkpoint());
      receipt = court.submit(sending.reference(), file.zip());
    } catch (CourtSystemException | NotBuilt e) {
      failed(sending, e.getMessage(), e instanceof NotBuilt notBuilt && notBuilt.soon(), now);
      return false;
    }
    if (receipt.fileSha256() != null && !receipt.fileSha256().equals(file.sha256())) {
      log.info(
          "Court file {}: the court keeps the file it got first ({}), this one was {}",
          sending.reference(),
          receipt.fileSha256(),
          file.sha256());
    }
    try {
      records.received(
          sending.reference(), sending.caseId(), file.zip(), receipt.caseNumber(), now);
      return true;
    } catch (DuplicateKeyException | ConcurrentStepException | StepNotAllowedException e) {
      // another instance recorded the receipt first
      return false;
    } catch (RuntimeException e) {
      // Like a crash between the court's answer and our record: the lease runs out and the file
      // is sent again; the court answers the same case for the same reference.
      log.warn(
          "Court file {} accepted as {} but not recorded; sent again after the lease",
          sending.reference(),
          receipt.caseNumber(),
          e);
      return false;
    }
  }
}
