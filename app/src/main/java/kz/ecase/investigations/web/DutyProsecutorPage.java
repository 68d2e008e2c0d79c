package kz.ecase.investigations.web;

import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.Receptions;
import kz.ecase.investigations.ReportRegister;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The duty prosecutor's page: the decisions to check (longest waiting first, refreshed without a
 * reload), the running delivery and detention clocks of the units, and the reception of citizens.
 */
@Controller
class DutyProsecutorPage {

  private final ReportRegister register;
  private final Receptions receptions;
  private final CurrentUsers currentUsers;

  DutyProsecutorPage(ReportRegister register, Receptions receptions, CurrentUsers currentUsers) {
    this.register = register;
    this.receptions = receptions;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/investigations/duty")
  String page(Model model) {
    CurrentUser user = prosecutor();
    model.addAttribute("queue", register.queue(user, 200));
    model.addAttribute("visits", receptions.log(user, 50));
    model.addAttribute("visit", Map.of());
    return "investigations/duty";
  }

  @GetMapping("/investigations/duty/queue")
  String queue(Model model) {
    model.addAttribute("queue", register.queue(prosecutor(), 200));
    return "investigations/duty :: queue";
  }

  @PostMapping("/investigations/receptions")
  String receive(@RequestParam Map<String, String> fields, Model model) {
    CurrentUser user = prosecutor();
    try {
      receptions.record(
          user,
          new Receptions.VisitForm(
              fields.get("visitorIin"),
              fields.get("topic"),
              fields.get("outcome"),
              fields.get("explained"),
              fields.get("reportNumber")));
      return "redirect:/investigations/duty?visit-recorded#receptions";
    } catch (RuntimeException e) {
      Map<String, String> errors = PageErrors.of(e);
      if (errors == null) {
        throw e;
      }
      model.addAttribute("errors", errors);
      model.addAttribute("queue", register.queue(user, 200));
      model.addAttribute("visits", receptions.log(user, 50));
      model.addAttribute("visit", fields);
      return "investigations/duty";
    }
  }

  private CurrentUser prosecutor() {
    CurrentUser user = currentUsers.current();
    if (!ReportPages.prosecutor(user)) {
      throw new AccessDeniedException("The duty prosecutor's page");
    }
    return user;
  }
}
