package kz.ecase.offences.enforcement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.enforcement.integration.AisBep.CaseStatus;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what AIS BEP answered, each once, with its ledger entry in the same transaction: the
 * acknowledgement (the case number), the execution (the protocol is paid in full, by {@value
 * #ACTOR}), the return (a fact only: the protocol stays sent to enforcement).
 */
@Component
class EnforcementRecords implements Acknowledgements {

  /** The actor of AIS BEP's facts in the ledger and the protocol's events. */
  static final String ACTOR = "ais-bep";

  static final String ACKNOWLEDGED = "offences.EnforcementAcknowledged";
  static final String RETURNED = "offences.EnforcementReturned";
  static final String EXECUTED_AFTER_CLOSE = "offences.EnforcementExecuted";

  private final ProtocolStore protocols;
  private final ProtocolTransitions transitions;
  private final EnforcementOutbox outbox;
  private final Ledger ledger;
  private final TransactionTemplate transactions;

  EnforcementRecords(
      ProtocolStore protocols,
      ProtocolTransitions transitions,
      EnforcementOutbox outbox,
      Ledger ledger,
      TransactionTemplate transactions) {
    this.protocols = protocols;
    this.transitions = transitions;
    this.outbox = outbox;
    this.ledger = ledger;
    this.transactions = transactions;
  }

  @Override
  public void acknowledged(UUID protocolId, String caseNumber, int attempts, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          StoredProtocol protocol = protocols.find(protocolId).orElseThrow();
          Map<String, Object> payload = facts(protocol, caseNumber);
          payload.put("attempts", attempts);
          long receipt = ledger.record(event(ACKNOWLEDGED, protocol, at, payload));
          outbox.addFact(protocolId, "ACKNOWLEDGED", at, caseNumber, null, null, receipt);
          outbox.delivered(protocolId);
        });
  }

  /**
   * The fine was collected: PAY_IN_FULL by {@value #ACTOR} with the case and the amount. When the
   * protocol left enforcement meanwhile (paid by the person, cancelled), the execution is recorded
   * as a fact of its own, for the reconciliation of what was collected twice.
   */
  void executed(UUID protocolId, CaseStatus reported, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          StoredProtocol protocol = protocols.find(protocolId).orElseThrow();
          Map<String, Object> details = facts(protocol, reported.caseNumber());
          details.put("collectedKzt", amount(reported));
          if (reported.changedAt() != null) {
            details.put("executedAt", reported.changedAt().toString());
          }
          long receipt;
          if (ProtocolTransition.PAY_IN_FULL.allowedFrom(
              transitions.current(protocolId).status())) {
            receipt =
                transitions
                    .bySystem(
                        protocolId,
                        ProtocolTransition.PAY_IN_FULL,
                        ACTOR,
                        at,
                        "collected in enforcement",
                        details)
                    .receipt();
          } else {
            receipt = ledger.record(event(EXECUTED_AFTER_CLOSE, protocol, at, details));
          }
          outbox.addFact(
              protocolId,
              "EXECUTED",
              at,
              reported.caseNumber(),
              reported.collectedKzt(),
              null,
              receipt);
        });
  }

  /**
   * AIS BEP sent the case back without execution. No lifecycle transition follows: the decision
   * stays in force and the fine owed; the protocol's referral shows RETURNED with the reason.
   */
  void returned(UUID protocolId, CaseStatus reported, Instant at) {
    transactions.executeWithoutResult(
        status -> {
          StoredProtocol protocol = protocols.find(protocolId).orElseThrow();
          Map<String, Object> payload = facts(protocol, reported.caseNumber());
          String reason = reported.reason() == null ? "" : reported.reason();
          payload.put("reason", reason);
          if (reported.changedAt() != null) {
            payload.put("returnedAt", reported.changedAt().toString());
          }
          long receipt = ledger.record(event(RETURNED, protocol, at, payload));
          outbox.addFact(protocolId, "RETURNED", at, reported.caseNumber(), null, reason, receipt);
        });
  }

  private static Map<String, Object> facts(StoredProtocol protocol, String caseNumber) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("number", protocol.number());
    facts.put("bepCase", caseNumber);
    return facts;
  }

  private static String amount(CaseStatus reported) {
    return reported.collectedKzt() == null ? "" : reported.collectedKzt().toPlainString();
  }

  private static LedgerEvent event(
      String type, StoredProtocol protocol, Instant at, Map<String, Object> payload) {
    return new LedgerEvent(
        type,
        new RecordRef("protocol", protocol.id().toString()),
        ACTOR,
        UnitCode.of(protocol.unit()),
        Iin.of(protocol.offenderIin()),
        at,
        payload,
        java.util.List.of());
  }
}
