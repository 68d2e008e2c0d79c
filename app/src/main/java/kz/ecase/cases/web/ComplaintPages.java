package kz.ecase.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ecase.cases.complaints.Complaint;
import kz.ecase.cases.complaints.Complaints;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The prosecutors' complaints against the police ({@code /cases/complaints}, duty and supervising
 * prosecutors): the complaints waiting for a decision, the least time left to their term first,
 * overdue ones highlighted, with how long each has waited, each decided on the spot (upheld or
 * rejected with reasons, signed with the PIN); a complaint received in person registered on the
 * same page; the figures per department with their chart; and its workspace panel.
 */
@Controller
class ComplaintPages {

  static final int SHOWN = 200;
  static final List<String> OUTCOMES = List.of("UPHELD", "REJECTED", "WAITING", "OVERDUE");

  private final Complaints complaints;
  private final ComplaintFiling filing;
  private final Directory directory;
  private final CurrentUsers currentUsers;

  ComplaintPages(
      Complaints complaints,
      ComplaintFiling filing,
      Directory directory,
      CurrentUsers currentUsers) {
    this.complaints = complaints;
    this.filing = filing;
    this.directory = directory;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/cases/complaints")
  String queue(Model model) {
    return page(currentUsers.current(), Map.of(), model);
  }

  @GetMapping("/cases/complaints/panel")
  String panel(Model model) {
    List<ComplaintRow> waiting =
        filing.rows(complaints.queue(currentUsers.current(), SHOWN)).stream()
            .filter(ComplaintRow::waiting)
            .toList();
    model.addAttribute("count", waiting.size());
    model.addAttribute("overdue", waiting.stream().filter(ComplaintRow::overdue).count());
    model.addAttribute("next", waiting.isEmpty() ? null : waiting.get(0));
    return "cases/panels :: complaints";
  }

  /** A complaint received in person, registered by the prosecutor. */
  @PostMapping("/cases/complaints")
  String register(@RequestParam Map<String, String> fields, Model model) {
    CurrentUser user = currentUsers.current();
    ComplaintFiling.Filing filed = filing.file(user, fields);
    if (filed.errors().isEmpty()) {
      return "redirect:/cases/complaints?registered=" + filed.filed().id();
    }
    model.addAttribute("errors", filed.errors());
    model.addAttribute("errorsFor", "register");
    return page(user, fields, model);
  }

  @PostMapping("/cases/complaints/{id}/decision")
  String decide(@PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    CurrentUser user = currentUsers.current();
    try {
      Complaint decided =
          complaints.decide(
              user,
              id,
              ComplaintController.verdict(fields.get("decision")),
              fields.get("reasons"),
              fields.get("pin"));
      return "redirect:/cases/complaints?decided=" + decided.decision() + "&complaint=" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = CasePageErrors.of(e, ComplaintFiling.ERRORS);
      if (errors == null) {
        throw e;
      }
      model.addAttribute("errors", errors);
      model.addAttribute("attemptsLeft", CasePageErrors.attemptsLeft(e));
      model.addAttribute("errorsFor", id);
      model.addAttribute("decision", fields);
      return page(user, Map.of(), model);
    }
  }

  private String page(CurrentUser user, Map<String, String> form, Model model) {
    List<ComplaintRow> rows = filing.rows(complaints.queue(user, SHOWN));
    model.addAttribute("waiting", rows.stream().filter(ComplaintRow::waiting).toList());
    model.addAttribute("decided", rows.stream().filter(r -> !r.waiting()).toList());
    model.addAttribute("shown", SHOWN);
    Map<String, Map<String, Long>> figures = complaints.figures(user);
    model.addAttribute("figures", figures);
    model.addAttribute("chart", UnitChart.stacked(OUTCOMES, outcomes(figures)));
    model.addAttribute(
        "units",
        directory.units().stream()
            .collect(Collectors.toMap(u -> u.code().value(), Function.identity())));
    model.addAttribute("departments", filing.departments(user));
    model.addAttribute("names", filing.names());
    model.addAttribute("form", form);
    Object refused = model.getAttribute("errorsFor");
    // a refused decision on a complaint no longer waiting (decided meanwhile) is said on top
    model.addAttribute(
        "refusedElsewhere",
        refused != null
            && !"register".equals(refused)
            && rows.stream()
                .noneMatch(r -> r.waiting() && r.complaint().id().toString().equals(refused)));
    return "cases/complaints";
  }

  /** Each department's complaints by outcome, the overdue apart from those still in term. */
  private static Map<String, Map<String, Long>> outcomes(Map<String, Map<String, Long>> figures) {
    Map<String, Map<String, Long>> bars = new LinkedHashMap<>();
    figures.forEach(
        (unit, f) ->
            bars.put(
                unit,
                Map.of(
                    "UPHELD", f.get("upheld"),
                    "REJECTED", f.get("rejected"),
                    "WAITING", f.get("waiting") - f.get("overdue"),
                    "OVERDUE", f.get("overdue"))));
    return bars;
  }
}
