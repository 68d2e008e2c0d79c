package kz.ecase.investigations.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;

/**
 * What a refused form shows beside its fields: for each field at fault a message key ({@code
 * investigations.error.<field>}, or one for the PIN's and the state's troubles), all at once.
 */
final class PageErrors {

  private PageErrors() {}

  /** The errors of a refusal, or null when the exception is none a user can mend. */
  static Map<String, String> of(RuntimeException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e instanceof InvalidInputException invalid) {
      invalid
          .problems()
          .keySet()
          .forEach(field -> errors.put(field, "investigations.error." + field));
    } else if (e instanceof WrongPinException) {
      errors.put("pin", "investigations.error.pin.wrong");
    } else if (e instanceof PinLockedException) {
      errors.put("pin", "investigations.error.pin.locked");
    } else if (e instanceof NoSigningKeyException) {
      errors.put("pin", "investigations.error.pin.none");
    } else if (e instanceof StepNotAllowedException || e instanceof ConcurrentStepException) {
      errors.put("step", "investigations.error.step.state");
    } else {
      return null;
    }
    return errors;
  }

  /** How many PIN tries are left, when the PIN was wrong. */
  static Integer attemptsLeft(RuntimeException e) {
    return e instanceof WrongPinException wrong ? wrong.attemptsLeft() : null;
  }
}
