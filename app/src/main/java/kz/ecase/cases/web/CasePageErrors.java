package kz.ecase.cases.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ConcurrentStepException;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.WrongPinException;
import org.springframework.ui.Model;

/**
 * What a refused form of the case pages shows beside its fields: a message key for each field at
 * fault ({@code cases.error.<field>}), for the PIN's troubles, or for a case that moved on
 * meanwhile; all at once.
 */
final class CasePageErrors {

  private static final String FIELDS = "cases.error.";

  private CasePageErrors() {}

  /** The errors of a refusal, or null when it is none a user can mend on the form. */
  static Map<String, String> of(RuntimeException e) {
    return of(e, FIELDS);
  }

  /**
   * The same, the fields' messages under another prefix (a form whose fields say other things than
   * the case's, e.g. {@code cases.complaint.error.}); the PIN's troubles keep theirs.
   */
  static Map<String, String> of(RuntimeException e, String fieldPrefix) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e instanceof InvalidInputException invalid) {
      errors.putAll(keys(invalid.problems(), fieldPrefix));
    } else if (e instanceof WrongPinException) {
      errors.put("pin", "cases.error.pin.wrong");
    } else if (e instanceof PinLockedException) {
      errors.put("pin", "cases.error.pin.locked");
    } else if (e instanceof NoSigningKeyException) {
      errors.put("pin", "cases.error.pin.none");
    } else if (e instanceof StepNotAllowedException || e instanceof ConcurrentStepException) {
      errors.put("step", "cases.error.step");
    } else {
      return null;
    }
    return errors;
  }

  /** The message keys of the fields at fault (an upload's "file" is the form's media field). */
  static Map<String, String> keys(Map<String, String> problems) {
    return keys(problems, FIELDS);
  }

  private static Map<String, String> keys(Map<String, String> problems, String prefix) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems
        .keySet()
        .forEach(
            field -> {
              String shown = "file".equals(field) ? "media" : field;
              errors.put(shown, prefix + shown);
            });
    return errors;
  }

  /**
   * Puts a refusal's errors (and the PIN tries left) in the model, for the page to show again;
   * rethrows a failure no user can mend on the form.
   */
  static void show(RuntimeException e, Model model) {
    Map<String, String> errors = of(e);
    if (errors == null) {
      throw e;
    }
    model.addAttribute("errors", errors);
    model.addAttribute("attemptsLeft", attemptsLeft(e));
  }

  /** How many PIN tries are left, when the PIN was wrong. */
  static Integer attemptsLeft(RuntimeException e) {
    return e instanceof WrongPinException wrong ? wrong.attemptsLeft() : null;
  }
}
