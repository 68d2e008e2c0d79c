package kz.ecase.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the next step of a record in one transaction: reads the record's steps from its
 * procedure's journal, lets the procedure decide the step against them (its state table and rules),
 * writes the step's ledger entry and its journal row. Of two steps of one record taken at the same
 * moment one is recorded; the other gets {@link ConcurrentStepException} and nothing of it stays.
 */
@Service
public class ProcedureSteps {

  private final Ledger ledger;
  private final TransactionTemplate transactions;

  ProcedureSteps(Ledger ledger, TransactionTemplate transactions) {
    this.ledger = ledger;
    this.transactions = transactions;
  }

  /**
   * Takes a step; joins the caller's transaction when there is one.
   *
   * @param decide given the record's steps so far (oldest first), the step to record; throws to
   *     refuse it (nothing is stored then)
   */
  public RecordedStep take(
      StepJournal journal, UUID recordId, Function<List<RecordedStep>, NextStep> decide) {
    // In a caller's transaction the database takes no further statement after the failed insert.
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    AtomicReference<String> label = new AtomicReference<>(recordId.toString());
    try {
      return transactions.execute(
          status -> {
            List<RecordedStep> history = journal.steps(recordId);
            NextStep next = decide.apply(history);
            if (!joined && next.subject().number() != null) {
              label.set(next.subject().number());
            }
            return record(journal, recordId, history.size() + 1, next);
          });
    } catch (DuplicateKeyException e) {
      throw new ConcurrentStepException(capitalised(journal.recordKind()), label.get());
    }
  }

  private RecordedStep record(StepJournal journal, UUID recordId, int seq, NextStep next) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("number", next.subject().number());
    payload.put("seq", seq);
    payload.put("transition", next.step());
    payload.put("from", next.from());
    payload.put("to", next.to());
    if (!next.reasons().isEmpty()) {
      payload.put("reasons", next.reasons());
    }
    if (!next.details().isEmpty()) {
      payload.put("details", next.details());
    }
    long receipt =
        ledger.record(
            new LedgerEvent(
                journal.entryType(),
                new RecordRef(journal.recordKind(), recordId.toString()),
                next.actor(),
                next.subject().unit(),
                next.subject().person(),
                next.at(),
                payload,
                next.attachments()));
    RecordedStep step =
        new RecordedStep(
            recordId,
            seq,
            next.step(),
            next.from(),
            next.to(),
            next.at(),
            next.actor(),
            next.reasons(),
            receipt,
            next.documentSha256());
    journal.append(step);
    return step;
  }

  private static String capitalised(String kind) {
    return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }
}
