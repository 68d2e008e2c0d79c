package kz.ecase.cases.web;

import java.time.Clock;
import java.util.Map;
import kz.ecase.cases.CaseDefence;
import kz.ecase.cases.DefenceAdmissions;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The defence on the pages: the lawyer's page ({@code /cases/defence}: the cases they are admitted
 * to, and the request to be admitted, answered alike whether or not the number names a case), the
 * lawyer's motion filed from the case page, and the investigator's admission of a lawyer who asked,
 * signed from the case page.
 */
@Controller
class DefencePages {

  private final CaseDefence defence;
  private final DefenceAdmissions admissions;
  private final CaseForms forms;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  DefencePages(
      CaseDefence defence,
      DefenceAdmissions admissions,
      CaseForms forms,
      CurrentUsers currentUsers,
      Clock clock) {
    this.defence = defence;
    this.admissions = admissions;
    this.forms = forms;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/cases/defence")
  String page(Model model) {
    model.addAttribute(
        "rows", CaseListPages.rows(defence.defended(currentUsers.current()), clock.instant()));
    if (!model.containsAttribute("request")) {
      model.addAttribute("request", Map.of());
    }
    return "cases/defence";
  }

  @PostMapping("/cases/defence/requests")
  String request(@RequestParam Map<String, String> fields, Model model) {
    try {
      defence.request(
          currentUsers.current(),
          fields.get("erdrNumber"),
          fields.get("clientIin"),
          fields.get("warrant"));
      return "redirect:/cases/defence?requested";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", CasePageErrors.keys(e.problems()));
      model.addAttribute("request", fields);
      return page(model);
    }
  }

  @PostMapping("/cases/{id}/motions")
  String motion(@PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    return forms.step(
        id,
        "motion",
        fields,
        model,
        () -> defence.fileMotion(currentUsers.current(), id, fields.get("text")));
  }

  @PostMapping("/cases/{id}/defence-requests/{requestId}/admission")
  String admit(
      @PathVariable String id,
      @PathVariable String requestId,
      @RequestParam Map<String, String> fields,
      Model model) {
    model.addAttribute("errorsFor", requestId);
    return forms.step(
        id,
        "admission",
        fields,
        model,
        () ->
            admissions.admit(
                currentUsers.current(), id, requestId, fields.get("text"), fields.get("pin")));
  }
}
