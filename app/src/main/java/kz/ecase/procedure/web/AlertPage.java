package kz.ecase.procedure.web;

import java.util.UUID;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.StaffAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The alerts panel of the workspace (an htmx fragment) and its "mark read" button. */
@Controller
class AlertPage {

  private final StaffAlerts alerts;
  private final CurrentUsers currentUsers;

  AlertPage(StaffAlerts alerts, CurrentUsers currentUsers) {
    this.alerts = alerts;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/alerts/panel")
  String panel(Model model) {
    var user = currentUsers.current();
    model.addAttribute("alerts", alerts.of(user, 10));
    model.addAttribute("unread", alerts.unread(user));
    return "procedure/alerts :: panel";
  }

  @PostMapping("/alerts/{id}/read")
  String markRead(@PathVariable String id, Model model) {
    if (!alerts.markRead(currentUsers.current(), parse(id))) {
      throw new NotFoundException("No such alert");
    }
    return panel(model);
  }

  static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No such alert");
    }
  }

  static int limit(int limit) {
    if (limit < 1 || limit > AlertController.MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", "Between 1 and " + AlertController.MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }
}
