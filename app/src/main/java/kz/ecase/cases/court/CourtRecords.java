package kz.ecase.cases.court;

import java.time.Instant;
import java.util.UUID;
import kz.ecase.cases.CourtSteps;
import kz.ecase.cases.court.CourtOutbox.Fact;
import kz.ecase.cases.court.integration.CourtSystem.CourtCase;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.RecordScope;
import kz.ecase.procedure.RecordedStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what the court answered about a sending, each once, in one transaction with its step of
 * the case: the receipt (the file the court got kept by its hash), the return (with the reason),
 * the decision (kept as the court reported it). Of two instances recording the same answer, one
 * does; the other's fact is a duplicate key and its transaction rolls back.
 */
@Component
class CourtRecords {

  private final CourtOutbox outbox;
  private final CourtSteps steps;
  private final Documents documents;
  private final TransactionTemplate transactions;

  CourtRecords(
      CourtOutbox outbox, CourtSteps steps, Documents documents, TransactionTemplate transactions) {
    this.outbox = outbox;
    this.steps = steps;
    this.documents = documents;
    this.transactions = transactions;
  }

  /**
   * The court accepted the file: kept, the case in court, nothing more to send.
   *
   * @throws org.springframework.dao.DuplicateKeyException when it was recorded already
   */
  void received(String reference, UUID caseId, byte[] file, String courtCase, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          StoredDocument kept = documents.store("application/zip", file, scope(caseId));
          RecordedStep step = steps.received(caseId, reference, courtCase, kept.sha256(), at);
          outbox.addFact(
              new Fact(
                  reference,
                  CourtOutbox.RECEIVED,
                  caseId,
                  at,
                  courtCase,
                  null,
                  kept.sha256(),
                  null,
                  step.receipt()));
          outbox.delivered(reference);
        });
  }

  /** The court returned the case for revision: it is investigated again. */
  void returned(UUID caseId, CourtCase reported, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          String reason = reported.reason() == null ? "" : reported.reason();
          RecordedStep step =
              steps.returned(
                  caseId,
                  reported.reference(),
                  reported.caseNumber(),
                  reason,
                  reported.changedAt(),
                  at);
          outbox.addFact(
              new Fact(
                  reported.reference(),
                  CourtOutbox.RETURNED,
                  caseId,
                  at,
                  reported.caseNumber(),
                  reported.changedAt(),
                  null,
                  reason,
                  step.receipt()));
        });
  }

  /** The court decided: the case is closed, the decision kept as the court reported it. */
  void decided(UUID caseId, CourtCase reported, byte[] asReported, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          StoredDocument decision = documents.store("application/json", asReported, scope(caseId));
          String kind = reported.decisionKind() == null ? "" : reported.decisionKind();
          RecordedStep step =
              steps.decided(
                  caseId,
                  reported.reference(),
                  reported.caseNumber(),
                  kind,
                  decision.sha256(),
                  reported.changedAt(),
                  at);
          outbox.addFact(
              new Fact(
                  reported.reference(),
                  CourtOutbox.DECIDED,
                  caseId,
                  at,
                  reported.caseNumber(),
                  reported.changedAt(),
                  decision.sha256(),
                  kind,
                  step.receipt()));
        });
  }

  private RecordScope scope(UUID caseId) {
    return steps.scopeOf(caseId);
  }
}
