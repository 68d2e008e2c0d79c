package kz.ecase.offences.domain;

import static kz.ecase.offences.domain.ProtocolTransition.APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.CANCEL;
import static kz.ecase.offences.domain.ProtocolTransition.DECIDE_FINE;
import static kz.ecase.offences.domain.ProtocolTransition.DECIDE_WARNING;
import static kz.ecase.offences.domain.ProtocolTransition.DISMISS_APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.ENTER_INTO_FORCE;
import static kz.ecase.offences.domain.ProtocolTransition.GRANT_APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.PAY_IN_FULL;
import static kz.ecase.offences.domain.ProtocolTransition.PAY_WITH_DISCOUNT;
import static kz.ecase.offences.domain.ProtocolTransition.REFER_TO_COURT;
import static kz.ecase.offences.domain.ProtocolTransition.REGISTER;
import static kz.ecase.offences.domain.ProtocolTransition.SEND_TO_ENFORCEMENT;
import static kz.ecase.offences.domain.ProtocolTransition.SERVE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A protocol's life as an explicit state machine: the table of {@link ProtocolTransition} says
 * which transitions each state allows; the methods here add the rules of procedure (terms from
 * {@link ProcedureTerms}, counted with the injected clock) and record each transition as a {@link
 * ProtocolEvent}. Nothing is ever removed: a cancelled protocol keeps its history.
 */
public final class ProtocolLifecycle {

  /** The actor of transitions that follow from a term lapsing. */
  public static final String SYSTEM = "system";

  private final Clock clock;
  private final ProcedureTerms terms;
  private final boolean discountApplies;
  private final List<ProtocolEvent> history = new ArrayList<>();
  private ProtocolStatus status = ProtocolStatus.DRAFT;
  private String number;
  private LocalDate registeredOn;
  private Decision decision;
  private LocalDate decidedOn;
  private LocalDate inForceOn;

  private ProtocolLifecycle(Clock clock, ProcedureTerms terms, boolean discountApplies) {
    this.clock = clock;
    this.terms = terms;
    this.discountApplies = discountApplies;
  }

  /** A new draft; {@code discountApplies} comes from the article (and the person's situation). */
  public static ProtocolLifecycle draft(
      Clock clock, ProcedureTerms terms, boolean discountApplies) {
    return new ProtocolLifecycle(clock, terms, discountApplies);
  }

  /**
   * The lifecycle of a stored protocol, rebuilt from its recorded events (oldest first). The events
   * are facts: their rules were checked when they happened, so they are taken as they are; the next
   * transition is checked against the state they lead to.
   */
  public static ProtocolLifecycle replay(
      Clock clock,
      ProcedureTerms terms,
      boolean discountApplies,
      String protocolNumber,
      List<ProtocolEvent> events) {
    ProtocolLifecycle lifecycle = new ProtocolLifecycle(clock, terms, discountApplies);
    lifecycle.number = protocolNumber;
    for (ProtocolEvent event : events) {
      lifecycle.apply(event);
    }
    return lifecycle;
  }

  private void apply(ProtocolEvent event) {
    if (event.from() != status) {
      throw new IllegalStateException(
          "Recorded history is broken: "
              + event.type()
              + " from "
              + event.from()
              + " after "
              + status);
    }
    LocalDate on = LocalDate.ofInstant(event.at(), terms.zone());
    switch (event.type()) {
      case REGISTER -> registeredOn = on;
      case DECIDE_FINE -> decided(Decision.FINE, on);
      case DECIDE_WARNING -> decided(Decision.WARNING, on);
      case ENTER_INTO_FORCE -> inForceOn = terms.entryIntoForce(decidedOn);
      case DISMISS_APPEAL -> inForceOn = on;
      default -> {}
    }
    status = event.to();
    history.add(event);
  }

  private void decided(Decision kind, LocalDate on) {
    decision = kind;
    decidedOn = on;
  }

  public ProtocolEvent register(String officer, String protocolNumber) {
    require(REGISTER);
    if (protocolNumber == null || protocolNumber.isBlank()) {
      throw new ProcedureRuleException(REGISTER, "a registered protocol needs its number");
    }
    ProtocolEvent event = move(REGISTER, officer, "");
    number = protocolNumber;
    registeredOn = today();
    return event;
  }

  public ProtocolEvent serve(String actor) {
    require(SERVE);
    return move(SERVE, actor, "");
  }

  /** A fine decided and served today; the appeal term starts. */
  public ProtocolEvent decideFine(String actor) {
    return decide(DECIDE_FINE, Decision.FINE, actor);
  }

  public ProtocolEvent decideWarning(String actor) {
    return decide(DECIDE_WARNING, Decision.WARNING, actor);
  }

  public ProtocolEvent referToCourt(String actor, String reasons) {
    require(REFER_TO_COURT);
    return move(REFER_TO_COURT, actor, reasons(REFER_TO_COURT, reasons));
  }

  public ProtocolEvent appeal(String appellant, String grounds) {
    require(APPEAL);
    if (today().isAfter(appealDeadline().orElseThrow())) {
      throw new ProcedureRuleException(
          APPEAL, "the appeal term ended on " + appealDeadline().get());
    }
    return move(APPEAL, appellant, reasons(APPEAL, grounds));
  }

  public ProtocolEvent dismissAppeal(String judge, String reasons) {
    require(DISMISS_APPEAL);
    ProtocolEvent event = move(DISMISS_APPEAL, judge, reasons(DISMISS_APPEAL, reasons));
    inForceOn = today();
    return event;
  }

  public ProtocolEvent grantAppeal(String judge, String reasons) {
    require(GRANT_APPEAL);
    return move(GRANT_APPEAL, judge, reasons(GRANT_APPEAL, reasons));
  }

  /** The decision enters into force once its appeal term is over without an appeal. */
  public ProtocolEvent enterIntoForce() {
    require(ENTER_INTO_FORCE);
    LocalDate due = terms.entryIntoForce(decidedOn);
    if (today().isBefore(due)) {
      throw new ProcedureRuleException(
          ENTER_INTO_FORCE, "the appeal term runs until " + appealDeadline().get());
    }
    ProtocolEvent event = move(ENTER_INTO_FORCE, SYSTEM, "");
    inForceOn = due;
    return event;
  }

  /** Payment of half the fine, on or before the discount deadline. */
  public ProtocolEvent payWithDiscount(String payer) {
    require(PAY_WITH_DISCOUNT);
    if (!discountApplies) {
      throw new ProcedureRuleException(PAY_WITH_DISCOUNT, "the discount does not apply");
    }
    if (decision == Decision.WARNING) {
      throw new ProcedureRuleException(PAY_WITH_DISCOUNT, "the decision is a warning, not a fine");
    }
    if (today().isAfter(discountDeadline().orElseThrow())) {
      throw new ProcedureRuleException(
          PAY_WITH_DISCOUNT, "the discount term ended on " + discountDeadline().get());
    }
    return move(PAY_WITH_DISCOUNT, payer, "");
  }

  public ProtocolEvent payInFull(String payer) {
    require(PAY_IN_FULL);
    requireFine(PAY_IN_FULL);
    return move(PAY_IN_FULL, payer, "");
  }

  /** Sends an unpaid fine to enforcement once the voluntary payment term is over. */
  public ProtocolEvent sendToEnforcement() {
    require(SEND_TO_ENFORCEMENT);
    requireFine(SEND_TO_ENFORCEMENT);
    LocalDate lastDay = terms.voluntaryPaymentDeadline(inForceOn);
    if (!today().isAfter(lastDay)) {
      throw new ProcedureRuleException(
          SEND_TO_ENFORCEMENT, "the voluntary payment term runs until " + lastDay);
    }
    return move(SEND_TO_ENFORCEMENT, SYSTEM, "");
  }

  /** Cancellation by an authorised decision; the protocol stays, with its history. */
  public ProtocolEvent cancel(String authorisedBy, String reasons) {
    require(CANCEL);
    return move(CANCEL, authorisedBy, reasons(CANCEL, reasons));
  }

  /**
   * Performs a transition named by its table entry, for callers that receive it as data (an API
   * request, a job). Registration is not among them: it needs the protocol's number.
   */
  public ProtocolEvent perform(ProtocolTransition transition, String actor, String reasons) {
    return switch (transition) {
      case REGISTER ->
          throw new ProcedureRuleException(REGISTER, "a protocol is registered with its number");
      case SERVE -> serve(actor);
      case DECIDE_FINE -> decideFine(actor);
      case DECIDE_WARNING -> decideWarning(actor);
      case REFER_TO_COURT -> referToCourt(actor, reasons);
      case APPEAL -> appeal(actor, reasons);
      case DISMISS_APPEAL -> dismissAppeal(actor, reasons);
      case GRANT_APPEAL -> grantAppeal(actor, reasons);
      case ENTER_INTO_FORCE -> enterIntoForce();
      case PAY_WITH_DISCOUNT -> payWithDiscount(actor);
      case PAY_IN_FULL -> payInFull(actor);
      case SEND_TO_ENFORCEMENT -> sendToEnforcement();
      case CANCEL -> cancel(actor, reasons);
    };
  }

  public ProtocolStatus status() {
    return status;
  }

  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  public Optional<LocalDate> inForceOn() {
    return Optional.ofNullable(inForceOn);
  }

  /** The last day of the discounted payment, once registered and when the discount applies. */
  public Optional<LocalDate> discountDeadline() {
    return Optional.ofNullable(registeredOn)
        .filter(on -> discountApplies)
        .map(terms::discountDeadline);
  }

  /** The last day of voluntary payment, once the decision is in force. */
  public Optional<LocalDate> voluntaryPaymentDeadline() {
    return inForceOn().map(terms::voluntaryPaymentDeadline);
  }

  public Optional<LocalDate> appealDeadline() {
    return Optional.ofNullable(decidedOn).map(terms::appealDeadline);
  }

  public List<ProtocolEvent> history() {
    return List.copyOf(history);
  }

  private ProtocolEvent decide(ProtocolTransition transition, Decision kind, String actor) {
    require(transition);
    ProtocolEvent event = move(transition, actor, "");
    decided(kind, today());
    return event;
  }

  private void require(ProtocolTransition transition) {
    if (!transition.allowedFrom(status)) {
      throw new IllegalTransitionException(status, transition);
    }
  }

  private void requireFine(ProtocolTransition transition) {
    if (decision != Decision.FINE) {
      throw new ProcedureRuleException(transition, "the decision is a warning, not a fine");
    }
  }

  private static String reasons(ProtocolTransition transition, String reasons) {
    if (reasons == null || reasons.isBlank()) {
      throw new ProcedureRuleException(transition, "reasons are required");
    }
    return reasons.strip();
  }

  private ProtocolEvent move(ProtocolTransition transition, String actor, String reasons) {
    if (actor == null || actor.isBlank()) {
      throw new ProcedureRuleException(transition, "the actor is required");
    }
    ProtocolEvent event =
        new ProtocolEvent(transition, status, transition.to(), Instant.now(clock), actor, reasons);
    status = transition.to();
    history.add(event);
    return event;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(Instant.now(clock), terms.zone());
  }
}
