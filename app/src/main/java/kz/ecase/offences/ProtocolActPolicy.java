package kz.ecase.offences;

import static kz.ecase.offences.domain.ProtocolTransition.APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.CANCEL;
import static kz.ecase.offences.domain.ProtocolTransition.DECIDE_FINE;
import static kz.ecase.offences.domain.ProtocolTransition.DECIDE_WARNING;
import static kz.ecase.offences.domain.ProtocolTransition.DISMISS_APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.GRANT_APPEAL;
import static kz.ecase.offences.domain.ProtocolTransition.REFER_TO_COURT;
import static kz.ecase.offences.domain.ProtocolTransition.SERVE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who takes which step of a protocol's life by hand. The officer's unit serves and decides; the
 * person appeals their own protocol (staff may record an appeal received on paper); the head of the
 * unit or the supervising prosecutor decides appeals and cancels. Entry into force, payments and
 * enforcement follow from terms and from outside systems and are never taken by hand.
 */
final class ProtocolActPolicy {

  static final Set<ProtocolTransition> BY_HAND =
      EnumSet.of(
          SERVE,
          DECIDE_FINE,
          DECIDE_WARNING,
          REFER_TO_COURT,
          APPEAL,
          DISMISS_APPEAL,
          GRANT_APPEAL,
          CANCEL);

  private static final Set<ProtocolTransition> BY_SUPERIORS =
      EnumSet.of(DISMISS_APPEAL, GRANT_APPEAL, CANCEL);

  /** Steps that state their reasons (grounds of an appeal, reasons of a decision on it). */
  static final Set<ProtocolTransition> REASONED =
      EnumSet.of(REFER_TO_COURT, APPEAL, DISMISS_APPEAL, GRANT_APPEAL, CANCEL);

  private ProtocolActPolicy() {}

  /**
   * @throws InvalidInputException when the step states reasons and none are given
   */
  static void requireReasons(ProtocolTransition transition, String reasons) {
    if (REASONED.contains(transition) && (reasons == null || reasons.isBlank())) {
      throw new InvalidInputException("reasons", transition + " needs its reasons");
    }
  }

  /**
   * The action the user needs on the protocol's record to take this step; empty for the person's
   * own appeal, which needs only that the protocol is about them.
   *
   * @throws InvalidInputException for steps no one takes by hand
   * @throws AccessDeniedException when the user's role never takes this step
   */
  static Optional<Action> requiredAction(CurrentUser user, ProtocolTransition transition) {
    if (!BY_HAND.contains(transition)) {
      throw new InvalidInputException(
          "transition",
          transition + " follows from terms, payments or enforcement and is not taken by hand");
    }
    Role role = user.role();
    if (role == Role.CITIZEN) {
      if (transition == APPEAL) {
        return Optional.empty();
      }
      throw new AccessDeniedException("A person may only appeal");
    }
    if (BY_SUPERIORS.contains(transition)) {
      return switch (role) {
        case HEAD_OF_UNIT -> Optional.of(Action.EDIT_RECORD);
        case SUPERVISING_PROSECUTOR -> Optional.of(Action.REVIEW_LEGALITY);
        default ->
            throw new AccessDeniedException(
                transition + " is decided by the head of the unit or the supervising prosecutor");
      };
    }
    if (!role.allows(Action.EDIT_RECORD)) {
      throw new AccessDeniedException("Role does not allow " + transition);
    }
    return Optional.of(Action.EDIT_RECORD);
  }

  /**
   * The action staff need on the protocol's record to take this step on their page; empty when the
   * user's role does not take it (nor a person, who appeals on the portal).
   */
  static Optional<Action> staffAction(CurrentUser user, ProtocolTransition transition) {
    if (user.role().personal()) {
      return Optional.empty();
    }
    try {
      return requiredAction(user, transition);
    } catch (AccessDeniedException e) {
      return Optional.empty();
    }
  }

  /** Staff sign their acts; the person's appeal is theirs by their sign-in. */
  static boolean signs(CurrentUser user) {
    return user.role() != Role.CITIZEN;
  }
}
