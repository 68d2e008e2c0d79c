package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.PaymentAllocation;
import kz.ecase.offences.domain.PaymentAllocation.Allocation;
import kz.ecase.offences.domain.PaymentAllocation.Outcome;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a payment the provider reported, once: the payment row, its ledger entry {@value
 * #ENTRY_TYPE} and the step it closes the protocol with ({@link PaymentAllocation}), all in one
 * transaction (the caller's, when there is one). Payments of one reference queue on a lock, so
 * partial payments add up correctly and a repeated report finds the first.
 */
@Service
public class PaymentRecorder {

  public static final String ENTRY_TYPE = "offences.PaymentReceived";
  static final String ACTOR = "payment-provider";

  /** The recorded payment; {@code repeated} when it had been recorded before. */
  public record Recorded(StoredPayment payment, boolean repeated) {}

  private final PaymentStore payments;
  private final ProtocolStore protocols;
  private final ProtocolTransitions transitions;
  private final Ledger ledger;
  private final ProcedureTerms terms;
  private final TransactionTemplate transactions;
  private final Clock clock;

  PaymentRecorder(
      PaymentStore payments,
      ProtocolStore protocols,
      ProtocolTransitions transitions,
      Ledger ledger,
      ProcedureTerms terms,
      TransactionTemplate transactions,
      Clock clock) {
    this.payments = payments;
    this.protocols = protocols;
    this.transitions = transitions;
    this.ledger = ledger;
    this.terms = terms;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @param via how ecase learnt of it: {@code NOTIFICATION} or {@code RECONCILIATION}
   */
  public Recorded record(ProviderPayment reported, String via) {
    return transactions.execute(
        status -> {
          payments.lock("payment-reference/" + reported.reference());
          Optional<StoredPayment> earlier = payments.find(reported.paymentId());
          if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
          }
          Optional<StoredProtocol> protocol =
              payments.protocolWithReference(reported.reference()).flatMap(protocols::find);
          StoredPayment stored =
              protocol.isEmpty()
                  ? unknownReference(reported, via)
                  : apply(protocol.get(), reported, via);
          return new Recorded(stored, false);
        });
  }

  private StoredPayment unknownReference(ProviderPayment reported, String via) {
    StoredPayment stored =
        row(
            reported,
            via,
            null,
            Outcome.HELD.name(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            "no protocol has this payment reference",
            null);
    payments.add(stored);
    return stored;
  }

  private StoredPayment apply(StoredProtocol protocol, ProviderPayment reported, String via) {
    LocalDate paidOn = LocalDate.ofInstant(reported.paidAt(), terms.zone());
    ProtocolStatus status = ProtocolStatus.valueOf(protocol.status());
    Allocation allocation =
        new PaymentAllocation(protocol.fineKzt(), protocol.discountDeadline())
            .allocate(status, paidOn, payments.countedFor(protocol.id()), reported.amountKzt());
    Optional<String> refused = allocation.transition().flatMap(t -> refusal(protocol, t, reported));
    if (refused.isPresent()) {
      allocation =
          new Allocation(
              Outcome.HELD,
              Optional.empty(),
              allocation.due(),
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              "refused by the protocol's lifecycle: " + refused.get());
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("providerPaymentId", reported.paymentId());
    facts.put("reference", reported.reference());
    facts.put("amountKzt", reported.amountKzt().toPlainString());
    facts.put("method", reported.method());
    facts.put("paidAt", reported.paidAt().toString());
    facts.put("receivedVia", via);
    facts.put("outcome", allocation.outcome().name());
    facts.put("countedKzt", allocation.counted().toPlainString());
    facts.put("excessKzt", allocation.excess().toPlainString());
    if (allocation.needsStaff()) {
      facts.put("attention", allocation.attention());
    }
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("protocol", protocol.id().toString()),
                ACTOR,
                UnitCode.of(protocol.unit()),
                Iin.of(protocol.offenderIin()),
                reported.paidAt(),
                facts,
                java.util.List.of()));
    StoredPayment stored =
        row(
            reported,
            via,
            protocol.id(),
            allocation.outcome().name(),
            allocation.counted(),
            allocation.excess(),
            allocation.needsStaff() ? allocation.attention() : null,
            receipt);
    payments.add(stored);
    if (allocation.transition().isPresent()) {
      transitions.bySystem(
          protocol.id(),
          allocation.transition().get(),
          ACTOR,
          reported.paidAt(),
          "",
          Map.of(
              "providerPaymentId", reported.paymentId(),
              "paidKzt", payments.countedFor(protocol.id()).toPlainString()));
    }
    return stored;
  }

  /** Why the lifecycle would refuse the step at the moment of payment, if it would. */
  private Optional<String> refusal(
      StoredProtocol protocol, ProtocolTransition transition, ProviderPayment reported) {
    try {
      ProtocolLifecycle lifecycle = transitions.at(protocol.id(), reported.paidAt());
      lifecycle.perform(transition, ACTOR, "");
      return Optional.empty();
    } catch (IllegalTransitionException | ProcedureRuleException e) {
      return Optional.of(e.getMessage());
    }
  }

  private StoredPayment row(
      ProviderPayment reported,
      String via,
      UUID protocolId,
      String outcome,
      BigDecimal counted,
      BigDecimal excess,
      String attention,
      Long receipt) {
    return new StoredPayment(
        UUID.randomUUID(),
        reported.paymentId(),
        reported.reference(),
        protocolId,
        reported.amountKzt(),
        reported.method(),
        reported.paidAt(),
        clock.instant(),
        via,
        outcome,
        counted,
        excess,
        attention,
        receipt);
  }
}
