package kz.ecase.offences;

import static kz.ecase.identity.AccessDecision.PERMITTED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Directory;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolEvent;
import kz.ecase.offences.domain.ProtocolLifecycle;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ActSignatures;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.procedure.NextStep;
import kz.ecase.procedure.ProcedureSteps;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.procedure.SignedAct;
import kz.ecase.procedure.StepEvents;
import kz.ecase.procedure.StepSubject;
import kz.ecase.signing.UnlockedKey;
import org.springframework.stereotype.Service;

/**
 * Takes the next step of a registered protocol's life on the procedure kernel ({@link
 * ProcedureSteps}): rebuilds its lifecycle from the recorded events, lets the state machine check
 * the step, and records the new event with its ledger entry ({@value #ENTRY_TYPE}) in one
 * transaction. A step taken by hand has its act (a PDF), signed with the user's PIN when staff take
 * it; steps that follow from terms, payments and enforcement are recorded by the system with the
 * facts they follow from. Two steps of one protocol at the same moment: one is recorded, the other
 * gets {@link ConcurrentStepException}.
 */
@Service
public class ProtocolTransitions {

  public static final String ENTRY_TYPE = ProtocolStore.STEP_ENTRY_TYPE;
  public static final int MAX_REASONS = 4000;

  private final ProtocolStore store;
  private final Authorization authorization;
  private final ProtocolActDocument acts;
  private final ActSignatures actSignatures;
  private final ProcedureSteps steps;
  private final ProcedureTerms terms;
  private final Clock clock;

  ProtocolTransitions(
      ProtocolStore store,
      Authorization authorization,
      Documents documents,
      ActSignatures actSignatures,
      ProcedureSteps steps,
      ProcedureTerms terms,
      Clock clock,
      CatalogueInUse catalogue,
      Directory directory,
      @org.springframework.beans.factory.annotation.Value(
              "${ecase.offences.public-url:http://localhost:8080}")
          String publicUrl) {
    this.store = store;
    this.authorization = authorization;
    this.acts = new ProtocolActDocument(documents, terms, catalogue, directory, publicUrl);
    this.actSignatures = actSignatures;
    this.steps = steps;
    this.terms = terms;
    this.clock = clock;
  }

  /**
   * A step taken by a user (see {@link ProtocolActPolicy} for who takes which).
   *
   * @param pin the user's signing PIN (staff); ignored for the person's own appeal
   * @throws NotFoundException for an unknown protocol or one the user may not see
   */
  public RecordedStep byHand(
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
    if (signs) {
      ActSignatures.requirePin(pin);
    }
    UUID id = parse(protocolId);
    UnlockedKey key = signs ? actSignatures.unlock(user, pin) : null;
    return steps.take(
        store,
        id,
        history -> {
          StoredProtocol protocol = store.find(id).orElseThrow(ProtocolTransitions::notFound);
          RecordScope scope = Protocols.scopeOf(protocol);
          if (needed.isPresent()) {
            authorization.require(needed.get(), scope);
          } else {
            requireOwnProtocol(user, protocol);
          }
          ProtocolEvent event =
              lifecycle(protocol, history, clock).perform(transition, user.username(), text);
          StoredDocument document =
              acts.render(user, protocol, store.particulars(id), event, scope);
          String name = actName(protocol, event);
          SignedAct act =
              signs
                  ? actSignatures.sign(user, key, document, name)
                  : actSignatures.unsigned(document, name);
          return next(protocol, event, Map.of(), act);
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
  public RecordedStep bySystem(
      UUID protocolId,
      ProtocolTransition transition,
      String actor,
      Instant at,
      String reasons,
      Map<String, Object> details) {
    if (ProtocolActPolicy.BY_HAND.contains(transition)) {
      throw new IllegalArgumentException(transition + " is taken by hand, with its act");
    }
    return steps.take(
        store,
        protocolId,
        history -> {
          StoredProtocol protocol =
              store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
          ProtocolEvent event =
              lifecycle(protocol, history, Clock.fixed(at, terms.zone()))
                  .perform(transition, actor, reasons == null ? "" : reasons);
          return next(protocol, event, details, null);
        });
  }

  /** Whether the step states its reasons (a referral, an appeal, its outcome, a cancellation). */
  public static boolean needsReasons(ProtocolTransition transition) {
    return ProtocolActPolicy.REASONED.contains(transition);
  }

  /**
   * The steps the user may take by hand on the protocol now, in the table's order: allowed by its
   * state and terms, taken by the user's role, in the user's jurisdiction. (A person's own appeal
   * is taken on the portal.)
   */
  public List<ProtocolTransition> stepsFor(CurrentUser user, StoredProtocol protocol) {
    List<RecordedStep> history = store.steps(protocol.id());
    RecordScope scope = Protocols.scopeOf(protocol);
    List<ProtocolTransition> steps = new ArrayList<>();
    for (ProtocolTransition transition : ProtocolActPolicy.BY_HAND) {
      boolean mayTake =
          ProtocolActPolicy.staffAction(user, transition)
              .filter(action -> authorization.decide(user, action, scope) == PERMITTED)
              .isPresent();
      if (mayTake && allowedNow(protocol, history, transition, user)) {
        steps.add(transition);
      }
    }
    return steps;
  }

  /** Whether the protocol's state and terms allow the step now (tried on a replayed copy). */
  private boolean allowedNow(
      StoredProtocol protocol,
      List<RecordedStep> history,
      ProtocolTransition transition,
      CurrentUser user) {
    try {
      lifecycle(protocol, history, clock).perform(transition, user.username(), "-");
      return true;
    } catch (IllegalTransitionException | ProcedureRuleException e) {
      return false;
    }
  }

  /** The protocol's lifecycle as it stands now, for decisions about its next step. */
  public ProtocolLifecycle current(UUID protocolId) {
    StoredProtocol protocol = store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
    return lifecycle(protocol, store.steps(protocolId), clock);
  }

  /**
   * The protocol's lifecycle as recorded now, with its terms counted at moment {@code at}: to ask
   * whether a step would be allowed before taking it (a refused step inside a transaction spoils
   * the transaction).
   */
  public ProtocolLifecycle at(UUID protocolId, Instant at) {
    StoredProtocol protocol = store.find(protocolId).orElseThrow(ProtocolTransitions::notFound);
    return lifecycle(protocol, store.steps(protocolId), Clock.fixed(at, terms.zone()));
  }

  private ProtocolLifecycle lifecycle(
      StoredProtocol protocol, List<RecordedStep> history, Clock at) {
    List<ProtocolEvent> events =
        StepEvents.of(history, ProtocolTransition.class, ProtocolStatus.class, ProtocolEvent::new);
    return ProtocolLifecycle.replay(
        at, terms, protocol.discountDeadline() != null, protocol.number(), events);
  }

  private static NextStep next(
      StoredProtocol protocol, ProtocolEvent event, Map<String, Object> details, SignedAct act) {
    return NextStep.of(
        new StepSubject(
            protocol.number(), UnitCode.of(protocol.unit()), Iin.of(protocol.offenderIin())),
        event.type(),
        event.from(),
        event.to(),
        event.at(),
        event.actor(),
        event.reasons(),
        details,
        act);
  }

  private static void requireOwnProtocol(CurrentUser person, StoredProtocol protocol) {
    if (person.iin() == null || !person.iin().value().equals(protocol.offenderIin())) {
      throw notFound();
    }
  }

  private static String actName(StoredProtocol protocol, ProtocolEvent event) {
    return "protocol-" + protocol.number() + "-" + event.type().name().toLowerCase();
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
