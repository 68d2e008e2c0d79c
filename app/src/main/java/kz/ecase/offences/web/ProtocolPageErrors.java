package kz.ecase.offences.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;

/**
 * What a refused step of a protocol's page shows beside its fields: a message key for each field at
 * fault ({@code offences.error.<field>}), for the PIN's troubles, or for a protocol that moved on
 * meanwhile (or a term that does not allow the step now); all at once.
 */
final class ProtocolPageErrors {

  private ProtocolPageErrors() {}

  /** The errors of a refusal; empty when it is none a user can mend on the form. */
  static Optional<Map<String, String>> of(RuntimeException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e instanceof InvalidInputException invalid) {
      invalid.problems().keySet().forEach(field -> errors.put(field, "offences.error." + field));
    } else if (e instanceof WrongPinException) {
      errors.put("pin", "offences.error.pin.wrong");
    } else if (e instanceof PinLockedException) {
      errors.put("pin", "offences.error.pin.locked");
    } else if (e instanceof NoSigningKeyException) {
      errors.put("pin", "offences.error.pin.none");
    } else if (e instanceof IllegalTransitionException
        || e instanceof ProcedureRuleException
        || e instanceof ConcurrentStepException) {
      errors.put("step", "offences.error.step");
    } else {
      return Optional.empty();
    }
    return Optional.of(errors);
  }

  /** How many PIN tries are left, when the PIN was wrong. */
  static Integer attemptsLeft(RuntimeException e) {
    return e instanceof WrongPinException wrong ? wrong.attemptsLeft() : null;
  }

  /** A step named on a page, if it is one. */
  static Optional<ProtocolTransition> transition(String name) {
    return Arrays.stream(ProtocolTransition.values())
        .filter(t -> t.name().equals(name))
        .findFirst();
  }
}
