package kz.ecase.investigations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.FormRules;
import kz.ecase.investigations.domain.InvestigationForm;
import kz.ecase.investigations.domain.ReportLifecycle;
import kz.ecase.investigations.domain.ReportStep;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks a decision before anything is read or signed: the step exists and is the user's to take,
 * and the fields it needs are there (all faults named together).
 */
@Component
class ReportDecisionCheck {

  static final int MAX_REASONS = 4000;
  static final int MAX_ADDRESSEE = 300;

  /** A decision that passed the checks. */
  record Checked(
      ReportStep step,
      Action action,
      String reasons,
      CriminalArticle article,
      InvestigationForm formChosen,
      String transferTo) {

    /** The form of investigation: the one chosen, or the one the article's gravity proposes. */
    InvestigationForm form(CriminalArticle registered) {
      return formChosen != null ? formChosen : registered.gravity().value().proposedForm();
    }
  }

  private final CriminalCatalogue catalogue;

  ReportDecisionCheck(CriminalCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Checked check(CurrentUser user, ReportDecision decision) {
    ReportStep step = step(decision.step());
    requireTaker(user, step);
    Map<String, String> problems = new LinkedHashMap<>();
    String reasons = decision.reasons() == null ? "" : decision.reasons().strip();
    if (reasons.length() > MAX_REASONS) {
      problems.put("reasons", "At most " + MAX_REASONS + " characters");
    } else if (reasons.isEmpty() && ReportLifecycle.needsReasons(step)) {
      problems.put("reasons", "State the reasons of this decision");
    }
    CriminalArticle article = null;
    if (step.registers()) {
      article = catalogue.offered(decision.article()).orElse(null);
      if (article == null) {
        problems.put("article", "An article of the Criminal Code and its part, e.g. 188-1");
      }
    }
    InvestigationForm form = form(decision.form(), problems);
    if (article != null && form != null && !FormRules.allows(form, article.gravity().value())) {
      problems.put(
          "form",
          "An offence of this gravity ("
              + article.gravity().value().titleRu()
              + ") is not investigated in this form");
    }
    String transferTo = blankToNull(decision.transferTo());
    if (step == ReportStep.TRANSFER && transferTo == null) {
      problems.put("transferTo", "The unit or agency the report goes to");
    } else if (transferTo != null && transferTo.length() > MAX_ADDRESSEE) {
      problems.put("transferTo", "At most " + MAX_ADDRESSEE + " characters");
    }
    if (decision.pin() == null || decision.pin().isBlank()) {
      problems.put("pin", "Your signing PIN is required to sign the act");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(
        step,
        ReportSteps.actionFor(step),
        reasons,
        article,
        step.registers() ? form : null,
        step == ReportStep.TRANSFER ? transferTo : null);
  }

  private static ReportStep step(String name) {
    try {
      ReportStep step = ReportStep.valueOf(name == null ? "" : name.strip());
      if (step.taker() != ReportStep.Taker.SYSTEM) {
        return step;
      }
    } catch (IllegalArgumentException e) {
      // named below
    }
    throw new InvalidInputException(
        "step",
        "One of "
            + Arrays.stream(ReportStep.values())
                .filter(s -> s.taker() != ReportStep.Taker.SYSTEM)
                .toList());
  }

  /** Staff decide; only prosecutors check. */
  private static void requireTaker(CurrentUser user, ReportStep step) {
    boolean prosecutor =
        user.role() == Role.DUTY_PROSECUTOR || user.role() == Role.SUPERVISING_PROSECUTOR;
    boolean allowed =
        step.taker() == ReportStep.Taker.DUTY_PROSECUTOR
            ? prosecutor
            : user.role() != Role.CITIZEN && user.role().allows(Action.EDIT_RECORD);
    if (!allowed) {
      throw new AccessDeniedException("Your role does not take the step " + step);
    }
  }

  private static InvestigationForm form(String value, Map<String, String> problems) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return InvestigationForm.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.put("form", "One of " + Arrays.toString(InvestigationForm.values()));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
