package kz.ecase.offences;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.UnitCode;
import kz.ecase.ledger.Attachment;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.LedgerEvent;
import kz.ecase.ledger.RecordRef;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolEvent;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredEvent;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.signing.Signature;
import kz.ecase.signing.Signatures;
import kz.ecase.signing.UnlockedKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the next step of a registered protocol's life: rebuilds its lifecycle from the recorded
 * events, lets the state machine check the step, and records the new event with its ledger entry
 * ({@value #ENTRY_TYPE}) in one transaction. A step taken by hand has its act (a PDF), signed with
 * the user's PIN when staff take it; steps that follow from terms, payments and enforcement are
 * recorded by the system with the facts they follow from. Two steps of one protocol at the same
 * moment: one is recorded, the other gets {@link ConcurrentTransitionException}.
 */
@Service
public class ProtocolTransitions {

  public static final String ENTRY_TYPE = "offences.ProtocolTransitioned";
  public static final int MAX_REASONS = 4000;

  private final ProtocolStore store;
  private final Authorization authorization;
  private final ProtocolActDocument acts;
  private final Signatures signatures;
  private final Ledger ledger;
  private final ProcedureTerms terms;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ProtocolTransitions(
      ProtocolStore store,
      Authorization authorization,
      Documents documents,
      Signatures signatures,
      Ledger ledger,
      ProcedureTerms terms,
      TransactionTemplate transactions,
      Clock clock) {
    this.store = store;
    this.authorization = authorization;
    this.acts = new ProtocolActDocument(documents, terms.zone());
    this.signatures = signatures;
    this.ledger = ledger;
    this.terms = terms;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * A step taken by a user (see {@link ProtocolActPolicy} for who takes which).
   *
   * @param pin the user's signing PIN (staff); ignored for the person's own appeal
   * @throws NotFoundException for an unknown protocol or one the user may not see
   */
  public StoredEvent byHand(
      CurrentUser user,
      String protocolId,
      ProtocolTransition transition,
      String reasons,
      String pin) {
    Optional<Action> needed = ProtocolActPolicy.requiredAction(user, transition);
    String text = reasons == null ? "" : reasons.strip();
    ProtocolActPolicy.requireReasons(transition, text);
    if (text.length() > MAX_REASONS) {
      throw new InvalidInputException("reasons", "At most " + MAX_REASONS + " characters");
    }
    boolean signs = ProtocolActPolicy.signs(user);
    if (signs && (pin == null || pin.isBlank())) {
      throw new InvalidInputException("pin", "Your signing PIN is required to sign the act");
    }
    UUID id = parse(protocolId);
    UnlockedKey key = signs ? signatures.unlock(user, pin) : null;
    return inTransaction(
        id,
        () -> {
          StoredProtocol protocol = store.find(id).orElseThrow(ProtocolTransitions::notFound);
          RecordScope scope = Protocols.scopeOf(protocol);
          if (needed.isPresent()) {
            authorization.require(needed.get(), scope);
          } else {
            requireOwnProtocol(user, protocol);
          }
          List<StoredEvent> history = store.events(id);
          ProtocolEvent event =
              lifecycle(protocol, history, clock).perform(transition, user.username(), text);
          StoredDocument act = acts.render(user, protocol, event, scope);
          List<Attachment> attachments = new ArrayList<>();
          attachments.add(new Attachment(actName(protocol, event, "pdf"), act.sha256()));
          if (signs) {
            Signature signature = signatures.sign(user, key, act.sha256());
            attachments.add(new Attachment(actName(protocol, event, "p7s"), signature.sha256()));
          }
          return record(protocol, history, event, act.sha256(), Map.of(), attachments);
        });
  }

  /**
   * A step that follows from a fact outside any user's hand: a term that lapsed, a payment the
   * provider reported, an acknowledgement of the enforcement service. Joins the caller's
   * transaction when there is one.
   *
   * @param actor who reported the fact ({@link ProtocolLifecycle#SYSTEM} for terms, the provider's
   *     or service's name otherwise)
   * @param at when the fact happened: terms and discounts are counted at this moment
   * @param details the facts it follows from (JSON-compatible values), recorded in the ledger
   * @throws kz.ecase.offences.domain.IllegalTransitionException when the protocol's state does not
   *     allow it
   * @throws kz.ecase.offences.domain.ProcedureRuleException when a term or rule refuses it
   */
  public StoredEvent bySystem(
      UUID protocolId,
      ProtocolTransition transition,
      String actor,
      Instant at,
      String reasons,
      Map<String, Object> details) {
    if (ProtocolActPolicy.BY_HAND.contains(transition)) {
      throw new IllegalArgumentException(transition + " is taken by hand, with its act");
    }
    return inTransaction(
        protocolId,
        () -> {
          StoredProtocol protocol =
              store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
          List<StoredEvent> history = store.events(protocolId);
          ProtocolEvent event =
              lifecycle(protocol, history, Clock.fixed(at, terms.zone()))
                  .perform(transition, actor, reasons == null ? "" : reasons);
          return record(protocol, history, event, null, details, List.of());
        });
  }

  /** The protocol's lifecycle as it stands now, for decisions about its next step. */
  public ProtocolLifecycle current(UUID protocolId) {
    StoredProtocol protocol = store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
    return lifecycle(protocol, store.events(protocolId), clock);
  }

  /**
   * The protocol's lifecycle as recorded now, with its terms counted at moment {@code at}: to ask
   * whether a step would be allowed before taking it (a refused step inside a transaction spoils
   * the transaction).
   */
  public ProtocolLifecycle at(UUID protocolId, Instant at) {
    StoredProtocol protocol = store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
    return lifecycle(protocol, store.events(protocolId), Clock.fixed(at, terms.zone()));
  }

  private StoredEvent inTransaction(UUID id, java.util.function.Supplier<StoredEvent> step) {
    // In a caller's transaction the database takes no further statement after the failed insert.
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    try {
      return transactions.execute(status -> step.get());
    } catch (DuplicateKeyException e) {
      throw new ConcurrentTransitionException(
          joined
              ? id.toString()
              : store.find(id).map(StoredProtocol::number).orElse(id.toString()));
    }
  }

  private ProtocolLifecycle lifecycle(
      StoredProtocol protocol, List<StoredEvent> history, Clock at) {
    List<ProtocolEvent> events =
        history.stream()
            .map(
                e ->
                    new ProtocolEvent(
                        ProtocolTransition.valueOf(e.type()),
                        ProtocolStatus.valueOf(e.from()),
                        ProtocolStatus.valueOf(e.to()),
                        e.at(),
                        e.actor(),
                        e.reasons()))
            .toList();
    return ProtocolLifecycle.replay(
        at, terms, protocol.discountDeadline() != null, protocol.number(), events);
  }

  private StoredEvent record(
      StoredProtocol protocol,
      List<StoredEvent> history,
      ProtocolEvent event,
      String actSha256,
      Map<String, Object> details,
      List<Attachment> attachments) {
    int seq = history.size() + 1;
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("number", protocol.number());
    payload.put("seq", seq);
    payload.put("transition", event.type().name());
    payload.put("from", event.from().name());
    payload.put("to", event.to().name());
    if (!event.reasons().isEmpty()) {
      payload.put("reasons", event.reasons());
    }
    if (!details.isEmpty()) {
      payload.put("details", details);
    }
    long receipt =
        ledger.record(
            new LedgerEvent(
                ENTRY_TYPE,
                new RecordRef("protocol", protocol.id().toString()),
                event.actor(),
                UnitCode.of(protocol.unit()),
                kz.ecase.kernel.Iin.of(protocol.offenderIin()),
                event.at(),
                payload,
                attachments));
    StoredEvent stored =
        new StoredEvent(
            protocol.id(),
            seq,
            event.type().name(),
            event.from().name(),
            event.to().name(),
            event.at(),
            event.actor(),
            event.reasons(),
            receipt,
            actSha256);
    store.addEvent(stored);
    return stored;
  }

  private static void requireOwnProtocol(CurrentUser person, StoredProtocol protocol) {
    if (person.iin() == null || !person.iin().value().equals(protocol.offenderIin())) {
      throw notFound();
    }
  }

  private static String actName(StoredProtocol protocol, ProtocolEvent event, String extension) {
    return "protocol-"
        + protocol.number()
        + "-"
        + event.type().name().toLowerCase()
        + "."
        + extension;
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound();
    }
  }

  private static NotFoundException notFound() {
    return new NotFoundException("No such protocol");
  }
}
