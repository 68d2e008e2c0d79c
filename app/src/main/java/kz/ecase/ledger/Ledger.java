package kz.ecase.ledger;

import java.util.List;
import java.util.Optional;
import kz.ecase.ledger.domain.EntryFormat;
import kz.ecase.ledger.persistence.LedgerEntries;
import kz.ecase.ledger.persistence.PendingEntries;
import kz.ecase.ledger.tree.Integrator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to put a registered fact into the ledger. {@link #record} joins the caller's
 * transaction, so the fact and its entry commit or roll back together; the integrator sequences the
 * entry within moments.
 */
@Service
public class Ledger {

  private final PendingEntries pending;
  private final LedgerEntries entries;
  private final EntryFormat format;
  private final Integrator integrator;

  Ledger(PendingEntries pending, LedgerEntries entries, Integrator integrator, JsonMapper json) {
    this.pending = pending;
    this.integrator = integrator;
    this.entries = entries;
    this.format = new EntryFormat(json);
  }

  /**
   * Records the event in the caller's transaction (there must be one) and returns its receipt, with
   * which {@link #indexOf} later tells the entry's ledger index.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long record(LedgerEvent event) {
    long receipt = pending.add(pending(event));
    wakeUpAfterCommit();
    return receipt;
  }

  /**
   * Records the events in the caller's transaction (there must be one) in one statement, in their
   * order, and returns their receipts in the same order: many facts of one transaction (e.g. the
   * look-ups of a batch of SMS notices) cost one round trip instead of one each.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Long> recordAll(List<LedgerEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    List<Long> receipts = pending.addAll(events.stream().map(this::pending).toList());
    wakeUpAfterCommit();
    return receipts;
  }

  private PendingEntries.Pending pending(LedgerEvent event) {
    return new PendingEntries.Pending(
        0,
        event.record().key(),
        event.unit().value(),
        event.subject() == null ? null : event.subject().value(),
        format.recorded(event));
  }

  private void wakeUpAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            integrator.wakeUp();
          }
        });
  }

  /** The ledger index of a recorded entry, once sequenced. */
  public Optional<Long> indexOf(long receipt) {
    return entries.indexOfPending(receipt);
  }

  /**
   * The ledger indexes of a record's sequenced entries, oldest first: its proven history (entries
   * whose payload is archived included).
   */
  public List<Long> historyOf(RecordRef record) {
    return entries.indexesOfRecord(record.key());
  }
}
