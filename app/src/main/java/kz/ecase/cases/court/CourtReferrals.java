package kz.ecase.cases.court;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.CaseScopes;
import kz.ecase.cases.CaseSteps;
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

/**
 * Sends a case to court, in the transaction of its SEND_TO_COURT step: seals the case file — its
 * manifest, naming every document version, signature and media file by SHA-256, stored by hash and
 * named in a {@value #SEALED} ledger entry of the case — and writes the sending's row in the court
 * outbox. Either the step, the seal and the row all commit, or none. The file itself is built and
 * sent later by the {@link CourtDispatcher}, with the ledger's proofs as they stand then.
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
  private final CaseScopes scopes;
  private final Documents documents;
  private final Ledger ledger;
  private final Clock clock;

  CourtReferrals(
      CourtManifest manifests,
      CourtOutbox outbox,
      CaseStore cases,
      CaseScopes scopes,
      Documents documents,
      Ledger ledger,
      Clock clock) {
    this.manifests = manifests;
    this.outbox = outbox;
    this.cases = cases;
    this.scopes = scopes;
    this.documents = documents;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Seals the case file sent by {@code sentBy} (in effect now) and queues it for the court.
   *
   * @param seq the number the SEND_TO_COURT step will have
   * @return the sending's reference, the court's idempotency key: {@code <ERDR number>-<seq>}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String send(StoredCase c, CaseDocument sentBy, int seq) {
    Instant at = clock.instant();
    String reference = c.erdrNumber().strip() + "-" + seq;
    RecordScope scope = scopes.of(c, cases.settings(c.id()), cases.steps(c.id()));
    CourtManifest.Sealed sealed = manifests.of(c, sentBy, reference, at, scope);
    StoredDocument manifest = documents.store("application/json", sealed.json(), scope);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("reference", reference);
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
    outbox.add(reference, c.id(), c.unit(), seq, manifest.sha256(), receipt, at);
    return reference;
  }
}
