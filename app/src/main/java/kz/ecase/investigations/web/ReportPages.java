package kz.ecase.investigations.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.investigations.CrimeReports;
import kz.ecase.investigations.ReportDecision;
import kz.ecase.investigations.ReportForm;
import kz.ecase.investigations.ReportRegister;
import kz.ecase.investigations.ReportSteps;
import kz.ecase.investigations.ReportView;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.domain.ReportSource;
import kz.ecase.investigations.domain.ReportStep;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register's pages: the duty desk receives a report, staff see the unit's register and a
 * report's page, where they decide it and the duty prosecutor checks the decision, each signed with
 * the PIN; errors beside their fields, all at once.
 */
@Controller
class ReportPages {

  private final CrimeReports reports;
  private final ReportSteps steps;
  private final ReportRegister register;
  private final CriminalCatalogue catalogue;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;

  ReportPages(
      CrimeReports reports,
      ReportSteps steps,
      ReportRegister register,
      CriminalCatalogue catalogue,
      CurrentUsers currentUsers,
      ProcedureCalendar calendar) {
    this.reports = reports;
    this.steps = steps;
    this.register = register;
    this.catalogue = catalogue;
    this.currentUsers = currentUsers;
    this.calendar = calendar;
  }

  @GetMapping("/investigations/reports/new")
  String newReport(Model model) {
    if (!mayDecide(currentUsers.current())) {
      throw new org.springframework.security.access.AccessDeniedException("The duty desk's page");
    }
    model.addAttribute("form", Map.of("idempotencyKey", UUID.randomUUID().toString()));
    return newReportPage(model);
  }

  @PostMapping("/investigations/reports/new")
  String receive(@RequestParam Map<String, String> fields, Model model) {
    try {
      var report =
          reports.receive(
              currentUsers.current(),
              new ReportForm(
                  fields.get("source"),
                  fields.get("reporterIin"),
                  fields.get("reporterBin"),
                  fields.get("reporterName"),
                  fields.get("description"),
                  fields.get("place"),
                  occurredAt(fields.get("occurredAt")),
                  fields.get("idempotencyKey"),
                  fields.get("pin")));
      return "redirect:/investigations/reports/" + report.id() + "?received";
    } catch (RuntimeException e) {
      Map<String, String> errors = PageErrors.of(e);
      if (errors == null) {
        throw e;
      }
      model.addAttribute("errors", errors);
      model.addAttribute("attemptsLeft", PageErrors.attemptsLeft(e));
      model.addAttribute("form", fields);
      return newReportPage(model);
    }
  }

  private String newReportPage(Model model) {
    model.addAttribute("sources", ReportSource.values());
    return "investigations/new-report";
  }

  @GetMapping("/investigations/reports")
  String registerPage(@RequestParam(required = false) String status, Model model) {
    CurrentUser user = currentUsers.current();
    model.addAttribute("lines", register.register(user, status, 200));
    model.addAttribute("counts", register.counts(user));
    model.addAttribute("status", status);
    model.addAttribute("mayReceive", mayDecide(user));
    return "investigations/register";
  }

  @GetMapping("/investigations/reports/{id}")
  String report(@PathVariable String id, Model model) {
    return reportPage(reports.view(currentUsers.current(), id, "work on the report"), model);
  }

  @PostMapping("/investigations/reports/{id}/steps")
  String step(@PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    try {
      steps.byHand(
          currentUsers.current(),
          id,
          new ReportDecision(
              fields.get("step"),
              fields.get("article"),
              fields.get("form"),
              fields.get("transferTo"),
              fields.get("reasons"),
              fields.get("pin")));
      return "redirect:/investigations/reports/" + id + "?done=" + fields.get("step");
    } catch (RuntimeException e) {
      Map<String, String> errors = PageErrors.of(e);
      if (errors == null) {
        throw e;
      }
      model.addAttribute("errors", errors);
      model.addAttribute("attemptsLeft", PageErrors.attemptsLeft(e));
      model.addAttribute("decision", fields);
      return reportPage(reports.view(currentUsers.current(), id, "work on the report"), model);
    }
  }

  private String reportPage(ReportView view, Model model) {
    CurrentUser user = currentUsers.current();
    Set<ReportStep> staffSteps =
        mayDecide(user)
            ? ReportStep.availableFrom(view.status(), ReportStep.Taker.STAFF)
            : Set.of();
    Set<ReportStep> prosecutorSteps =
        prosecutor(user)
            ? ReportStep.availableFrom(view.status(), ReportStep.Taker.DUTY_PROSECUTOR)
            : Set.of();
    model.addAttribute("view", view);
    model.addAttribute("staffSteps", staffSteps);
    model.addAttribute("prosecutorSteps", prosecutorSteps);
    // only the fields some decision open to the user takes
    model.addAttribute(
        "asksArticle",
        staffSteps.contains(ReportStep.REGISTER)
            || prosecutorSteps.contains(ReportStep.ANNUL_REFUSAL));
    model.addAttribute("asksTransferTo", staffSteps.contains(ReportStep.TRANSFER));
    model.addAttribute("articles", catalogue.search(""));
    return "investigations/report";
  }

  private Instant occurredAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw new kz.ecase.platform.InvalidInputException("occurredAt", "A date and time");
    }
  }

  static boolean prosecutor(CurrentUser user) {
    return user.role() == Role.DUTY_PROSECUTOR || user.role() == Role.SUPERVISING_PROSECUTOR;
  }

  static boolean mayDecide(CurrentUser user) {
    return user.role() == Role.OFFICER
        || user.role() == Role.INVESTIGATOR
        || user.role() == Role.HEAD_OF_UNIT;
  }
}
