package kz.ecase.offences.domain;

import static kz.ecase.offences.domain.ProtocolStatus.APPEALED;
import static kz.ecase.offences.domain.ProtocolStatus.CANCELLED;
import static kz.ecase.offences.domain.ProtocolStatus.DECIDED;
import static kz.ecase.offences.domain.ProtocolStatus.DRAFT;
import static kz.ecase.offences.domain.ProtocolStatus.IN_FORCE;
import static kz.ecase.offences.domain.ProtocolStatus.PAID;
import static kz.ecase.offences.domain.ProtocolStatus.REFERRED_TO_COURT;
import static kz.ecase.offences.domain.ProtocolStatus.REGISTERED;
import static kz.ecase.offences.domain.ProtocolStatus.SENT_TO_ENFORCEMENT;
import static kz.ecase.offences.domain.ProtocolStatus.SERVED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The protocol's state machine as one table: each transition, the states it may start from and the
 * state it leads to. Anything not in this table is refused. Guards on terms and on the kind of
 * decision live in {@link ProtocolLifecycle}.
 */
public enum ProtocolTransition {
  /** The officer signs the draft; it gets its number. */
  REGISTER(EnumSet.of(DRAFT), REGISTERED),
  /** The protocol is delivered to the person. */
  SERVE(EnumSet.of(REGISTERED), SERVED),
  /** A fine is decided (on the spot or by the authorised body) and served. */
  DECIDE_FINE(EnumSet.of(SERVED), DECIDED),
  /** A warning is decided and served. */
  DECIDE_WARNING(EnumSet.of(SERVED), DECIDED),
  /** The case goes to court, with reasons. */
  REFER_TO_COURT(EnumSet.of(SERVED), REFERRED_TO_COURT),
  /** The person appeals within the appeal term; the decision is suspended. */
  APPEAL(EnumSet.of(DECIDED), APPEALED),
  /** The appeal is dismissed: the decision enters into force. */
  DISMISS_APPEAL(EnumSet.of(APPEALED), IN_FORCE),
  /** The appeal is granted: the decision is cancelled. */
  GRANT_APPEAL(EnumSet.of(APPEALED), CANCELLED),
  /** The appeal term ended without an appeal. */
  ENTER_INTO_FORCE(EnumSet.of(DECIDED), IN_FORCE),
  /** Payment of 50 % within the discount term; closes the case and gives up the appeal. */
  PAY_WITH_DISCOUNT(EnumSet.of(REGISTERED, SERVED, DECIDED), PAID),
  /** Payment of the full fine (voluntarily, or collected in enforcement). */
  PAY_IN_FULL(EnumSet.of(DECIDED, IN_FORCE, SENT_TO_ENFORCEMENT), PAID),
  /** The voluntary payment term ended unpaid. */
  SEND_TO_ENFORCEMENT(EnumSet.of(IN_FORCE), SENT_TO_ENFORCEMENT),
  /** An authorised decision cancels the protocol, with reasons. */
  CANCEL(EnumSet.of(DRAFT, REGISTERED, SERVED, DECIDED, IN_FORCE, SENT_TO_ENFORCEMENT), CANCELLED);

  private final Set<ProtocolStatus> from;
  private final ProtocolStatus to;

  ProtocolTransition(Set<ProtocolStatus> from, ProtocolStatus to) {
    this.from = from;
    this.to = to;
  }

  public boolean allowedFrom(ProtocolStatus status) {
    return from.contains(status);
  }

  public Set<ProtocolStatus> from() {
    return EnumSet.copyOf(from);
  }

  public ProtocolStatus to() {
    return to;
  }

  /** The transitions allowed from a state. */
  public static Set<ProtocolTransition> availableFrom(ProtocolStatus status) {
    Set<ProtocolTransition> allowed = EnumSet.noneOf(ProtocolTransition.class);
    for (ProtocolTransition transition : values()) {
      if (transition.allowedFrom(status)) {
        allowed.add(transition);
      }
    }
    return allowed;
  }
}
