package kz.ecase.offences.enforcement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends decisions in force and unpaid after the voluntary payment term to enforcement, each exactly
 * once: the SEND_TO_ENFORCEMENT event (checked by the lifecycle: in force, a fine, the term over; a
 * paid, appealed or cancelled protocol is refused) and the referral's outbox row are written in one
 * transaction, so either both exist or neither. Two instances deciding the same protocol at once
 * record one event (the other's insert of the same event number fails and rolls back its row). The
 * materials leave later, with the {@link EnforcementDispatcher}.
 */
@Component
public class EnforcementReferral {

  private final ProtocolStore store;
  private final ProtocolTransitions transitions;
  private final EnforcementOutbox outbox;
  private final ProcedureTerms terms;
  private final TransactionTemplate transactions;
  private final int batch;

  EnforcementReferral(
      ProtocolStore store,
      ProtocolTransitions transitions,
      EnforcementOutbox outbox,
      ProcedureTerms terms,
      TransactionTemplate transactions,
      EnforcementProperties properties) {
    this.store = store;
    this.transitions = transitions;
    this.outbox = outbox;
    this.terms = terms;
    this.transactions = transactions;
    this.batch = properties.batchSize();
  }

  /**
   * Every decision whose voluntary payment term is over at {@code now}; returns how many were sent.
   * The candidates are fines in force since before {@code now} minus the term (a decision enters
   * into force no later than its event is recorded); the lifecycle decides each one.
   */
  public int sendDue(Instant now) {
    Instant inForceBefore =
        now.atZone(terms.zone()).minus(terms.voluntaryPaymentTerm()).toInstant();
    int sent = 0;
    for (UUID id : outbox.candidates(inForceBefore, batch)) {
      if (sendIfDue(id, now)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * This protocol, if at {@code now} its decision is in force, a fine, and unpaid after the
   * voluntary term; false when it is not due (or another instance just sent it).
   */
  public boolean sendIfDue(UUID protocolId, Instant now) {
    try {
      transactions.executeWithoutResult(status -> send(protocolId, now));
      return true;
    } catch (IllegalTransitionException | ProcedureRuleException | ConcurrentStepException e) {
      return false;
    }
  }

  private void send(UUID protocolId, Instant now) {
    StoredProtocol protocol = store.find(protocolId).orElseThrow();
    ProtocolLifecycle lifecycle = transitions.current(protocolId);
    Map<String, Object> details =
        lifecycle
            .voluntaryPaymentDeadline()
            .<Map<String, Object>>map(
                last ->
                    Map.of(
                        "rule", "unpaid after the voluntary payment term",
                        "voluntaryPaymentDeadline", last.toString(),
                        "reference", protocol.number()))
            .orElse(Map.of("rule", "unpaid after the voluntary payment term"));
    RecordedStep sent =
        transitions.bySystem(
            protocolId,
            ProtocolTransition.SEND_TO_ENFORCEMENT,
            ProtocolLifecycle.SYSTEM,
            now,
            "",
            details);
    outbox.add(protocolId, protocol.number(), protocol.unit(), sent.at());
  }
}
