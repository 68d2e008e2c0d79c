package kz.ecase.cases.web;

import java.util.Map;
import kz.ecase.identity.CurrentUsers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A step taken from a form of the case page: back to the page saying it is done, or, when refused,
 * the page again with the form as sent and every error beside its field ({@code errors}, the form's
 * name in {@code errorsIn}).
 */
@Component
class CaseForms {

  private final CasePage page;
  private final CurrentUsers currentUsers;

  CaseForms(CasePage page, CurrentUsers currentUsers) {
    this.page = page;
    this.currentUsers = currentUsers;
  }

  String step(String id, String formName, Map<String, String> fields, Model model, Runnable step) {
    try {
      step.run();
      return "redirect:/cases/" + id + "?done=" + formName;
    } catch (RuntimeException e) {
      CasePageErrors.show(e, model);
      model.addAttribute("errorsIn", formName);
      model.addAttribute(formName, fields);
      return page.render(currentUsers.current(), id, null, null, null, model);
    }
  }
}
