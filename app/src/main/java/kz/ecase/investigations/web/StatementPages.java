package kz.ecase.investigations.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.OnlineStatements;
import kz.ecase.investigations.OnlineStatements.Statement;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The citizen's page to file a statement of a crime on-line and follow their statements. */
@Controller
class StatementPages {

  private final OnlineStatements statements;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;

  StatementPages(
      OnlineStatements statements, CurrentUsers currentUsers, ProcedureCalendar calendar) {
    this.statements = statements;
    this.currentUsers = currentUsers;
    this.calendar = calendar;
  }

  @GetMapping("/investigations/statements")
  String page(Model model) {
    model.addAttribute("form", Map.of("idempotencyKey", UUID.randomUUID().toString()));
    return page(model, null);
  }

  @PostMapping("/investigations/statements")
  String file(@RequestParam Map<String, String> fields, Model model) {
    try {
      statements.file(
          currentUsers.current(),
          new Statement(
              fields.get("unit"),
              fields.get("description"),
              fields.get("place"),
              occurredAt(fields.get("occurredAt")),
              fields.get("idempotencyKey")));
      return "redirect:/investigations/statements?filed";
    } catch (InvalidInputException e) {
      model.addAttribute("form", fields);
      return page(model, PageErrors.of(e));
    }
  }

  private String page(Model model, Map<String, String> errors) {
    model.addAttribute("mine", statements.mine(currentUsers.current()));
    model.addAttribute("departments", statements.departments());
    model.addAttribute("errors", errors);
    return "investigations/statements";
  }

  private java.time.Instant occurredAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("occurredAt", "A date and time");
    }
  }
}
