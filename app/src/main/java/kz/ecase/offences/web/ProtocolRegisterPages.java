package kz.ecase.offences.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolRegister;
import kz.ecase.offences.ProtocolRegister.Appeal;
import kz.ecase.offences.ProtocolRegister.Line;
import kz.ecase.offences.ProtocolRegister.Search;
import kz.ecase.offences.ProtocolRegistration;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolStatus;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.web.ShownDuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register of protocols on pages: the officer's own ({@code /offences/protocols}: today's, or
 * those found by number, IIN or plate; and today's in the workspace panel), and the unit's for its
 * head and the supervising prosecutor ({@code /offences/unit}: by status, officer and registration
 * days, with the appeals waiting for a decision, the longest waiting first; their count and the
 * oldest in the workspace panel). Filters refused are named beside their fields.
 */
@Controller
class ProtocolRegisterPages {

  /** An appeal in the queue with how long it has waited. */
  record WaitingAppeal(Appeal appeal, ShownDuration waited) {}

  static final int SHOWN = ProtocolRegister.MAX_LIMIT;
  static final int COUNTED = 500;

  private final ProtocolRegister register;
  private final CurrentUsers currentUsers;
  private final UnitStaff staff;
  private final ProcedureTerms terms;
  private final Clock clock;

  ProtocolRegisterPages(
      ProtocolRegister register,
      CurrentUsers currentUsers,
      UnitStaff staff,
      ProcedureTerms terms,
      Clock clock) {
    this.register = register;
    this.currentUsers = currentUsers;
    this.staff = staff;
    this.terms = terms;
    this.clock = clock;
  }

  @GetMapping("/offences/protocols")
  String mine(@RequestParam(defaultValue = "") String q, Model model) {
    CurrentUser user = currentUsers.current();
    ProtocolRegistration.requireMayRegister(user);
    String today = q.isBlank() ? today() : "";
    model.addAttribute("q", q.strip());
    model.addAttribute("shown", SHOWN);
    model.addAttribute(
        "rows", rows(user, new Search(q, "", user.username(), today, today, SHOWN), model));
    return "offences/protocols";
  }

  @GetMapping("/offences/protocols/panel")
  String panel(Model model) {
    CurrentUser user = currentUsers.current();
    ProtocolRegistration.requireMayRegister(user);
    model.addAttribute(
        "rows", register.list(user, new Search("", "", user.username(), today(), today(), SHOWN)));
    return "offences/fragments :: mine";
  }

  @GetMapping("/offences/unit")
  String unit(
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String officer,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    CurrentUser user = currentUsers.current();
    model.addAttribute("appeals", waiting(register.appealsWaiting(user, SHOWN)));
    model.addAttribute("rows", rows(user, new Search(q, status, officer, from, to, SHOWN), model));
    model.addAttribute("shown", SHOWN);
    model.addAttribute("statuses", ProtocolStatus.values());
    model.addAttribute("officers", staff.officersOf(user));
    model.addAttribute("status", status);
    model.addAttribute("officer", officer);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("q", q);
    return "offences/unit";
  }

  @GetMapping("/offences/appeals/panel")
  String appealsPanel(Model model) {
    List<WaitingAppeal> appeals = waiting(register.appealsWaiting(currentUsers.current(), COUNTED));
    model.addAttribute("count", appeals.size());
    model.addAttribute("more", appeals.size() == COUNTED);
    model.addAttribute("oldest", appeals.isEmpty() ? null : appeals.get(0));
    return "offences/fragments :: appeals";
  }

  /** The lines the search finds; none, with the fields at fault in the model, when refused. */
  private List<Line> rows(CurrentUser user, Search search, Model model) {
    try {
      return register.list(user, search);
    } catch (InvalidInputException e) {
      Map<String, String> errors = new java.util.LinkedHashMap<>();
      e.problems().keySet().forEach(field -> errors.put(field, "offences.error." + field));
      model.addAttribute("errors", errors);
      return List.of();
    }
  }

  private List<WaitingAppeal> waiting(List<Appeal> appeals) {
    Instant now = clock.instant();
    return appeals.stream()
        .map(a -> new WaitingAppeal(a, ShownDuration.between(a.since(), now)))
        .toList();
  }

  private String today() {
    return LocalDate.now(clock.withZone(terms.zone())).toString();
  }
}
