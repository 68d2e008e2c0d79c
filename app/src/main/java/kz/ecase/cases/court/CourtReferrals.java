package kz.ecase.cases.court;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.CaseSteps;
import kz.ecase.cases.CourtSteps;
import kz.ecase.cases.court.CourtOutbox.Claimed;
import kz.ecase.cases.persistence.CaseDocumentStore;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.cases.persistence.CaseStore.StoredCase;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a case to court: in the transaction of its SEND_TO_COURT step, the sending's row in the
 * court outbox (so that the step and the row commit together, or neither); then, once, by the
 * dispatcher that claims it, the seal of the case file — its manifest, naming every document
 * version, signature and media file by SHA-256, stored by hash and named in a {@value #SEALED}
 * ledger entry of the case. A case sent to court takes no further documents, so the file sealed a
 * moment after the step is the file as it stood at the step; the approver waits for none of it.
 */
@Component
public class CourtReferrals {

  /** The ledger entry that names a court file's manifest. */
  public static final String SEALED = "cases.CourtFileSealed";

  /** The attachment name of the manifest in that entry. */
  public static final String MANIFEST = "court-file-manifest.json";

  private final CourtManifest manifests;
  private final CourtOutbox outbox;
  private final CaseStore cases;
  private final CaseDocumentStore documents;
  private final CourtSteps steps;
  private final Documents storage;
  private final Ledger ledger;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CourtReferrals(
      CourtManifest manifests,
      CourtOutbox outbox,
      CaseStore cases,
      CaseDocumentStore documents,
      CourtSteps steps,
      Documents storage,
      Ledger ledger,
      TransactionTemplate transactions,
      Clock clock) {
    this.manifests = manifests;
    this.outbox = outbox;
    this.cases = cases;
    this.documents = documents;
    this.steps = steps;
    this.storage = storage;
    this.ledger = ledger;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Queues the case's file for the court, sent by {@code sentBy} (in effect now).
   *
   * @param seq the number the SEND_TO_COURT step will have
   * @return the sending's reference, the court's idempotency key: {@code <ERDR number>-<seq>}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String send(StoredCase c, CaseDocument sentBy, int seq) {
    String reference = c.erdrNumber().strip() + "-" + seq;
    outbox.add(reference, c.id(), c.unit(), seq, sentBy.id(), clock.instant());
    return reference;
  }

  /**
   * Seals the claimed sending's file, in a transaction of its own: the manifest stored, its ledger
   * entry, the seal on the row.
   *
   * @return the sending with its seal
   * @throws IllegalStateException when another dispatcher sealed it meanwhile (nothing stays)
   */
  Claimed seal(Claimed sending) {
    return transactions.execute(
        status -> {
          StoredCase c = cases.find(sending.caseId()).orElseThrow();
          CaseDocument sentBy = documents.find(sending.sentBy()).orElseThrow();
          RecordScope scope = steps.scopeOf(c.id());
          java.time.Instant at = clock.instant();
          CourtManifest.Sealed sealed = manifests.of(c, sentBy, sending.reference(), at, scope);
          StoredDocument manifest = storage.store("application/json", sealed.json(), scope);
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("reference", sending.reference());
          payload.put("sentBy", sentBy.id().toString());
          payload.put("documents", sealed.documents());
          payload.put("files", sealed.files());
          long receipt =
              ledger.record(
                  new LedgerEvent(
                      SEALED,
                      new RecordRef("case", c.id().toString()),
                      CaseSteps.SYSTEM,
                      UnitCode.of(c.unit()),
                      null,
                      at,
                      payload,
                      List.of(new Attachment(MANIFEST, manifest.sha256()))));
          if (!outbox.sealed(sending.reference(), manifest.sha256(), receipt)) {
            throw new IllegalStateException(sending.reference() + " was sealed meanwhile");
          }
          return sending.withSeal(manifest.sha256(), receipt);
        });
  }
}
