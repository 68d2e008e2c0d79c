package kz.ecase.cases.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.CaseFiles.Participation;
import kz.ecase.cases.complaints.Complaints;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's pages on the portal: "my cases" ({@code /cases/my-cases}, a citizen's: each case they
 * take part in, their role, the documents addressed to them with their PDFs, summonses with when,
 * where, who calls and the SMS's state, and their complaints), and "my complaints" ({@code
 * /cases/my-complaints}, a citizen's or a lawyer's: the form to file one and the answers).
 */
@Controller
class MyCasesPages {

  static final int SHOWN = 100;

  private final CaseFiles files;
  private final Complaints complaints;
  private final ComplaintFiling filing;
  private final CurrentUsers currentUsers;

  MyCasesPages(
      CaseFiles files, Complaints complaints, ComplaintFiling filing, CurrentUsers currentUsers) {
    this.files = files;
    this.complaints = complaints;
    this.filing = filing;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/cases/my-cases")
  String cases(Model model) {
    CurrentUser user = currentUsers.current();
    model.addAttribute("cases", files.asParticipant(user));
    model.addAttribute("names", filing.names());
    model.addAttribute("complaints", filing.rows(complaints.mine(user, SHOWN)));
    return "cases/my-cases";
  }

  /** The form, filled in when a page asks to complain about a case or one of its acts. */
  @GetMapping("/cases/my-complaints")
  String complaints(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String erdrNumber,
      @RequestParam(required = false) String documentId,
      Model model) {
    Map<String, String> form = new HashMap<>();
    form.put("unit", unit);
    form.put("erdrNumber", erdrNumber);
    form.put("documentId", documentId);
    return page(currentUsers.current(), form, Map.of(), model);
  }

  @PostMapping("/cases/my-complaints")
  String file(@RequestParam Map<String, String> fields, Model model) {
    CurrentUser user = currentUsers.current();
    Map<String, String> form = withCaseOfDocument(fields, participations(user));
    ComplaintFiling.Filing filed = filing.file(user, form);
    if (filed.errors().isEmpty()) {
      return "redirect:/cases/my-complaints?filed=" + filed.filed().id();
    }
    return page(user, form, filed.errors(), model);
  }

  private String page(
      CurrentUser user, Map<String, String> form, Map<String, String> errors, Model model) {
    model.addAttribute("complaints", filing.rows(complaints.mine(user, SHOWN)));
    model.addAttribute("cases", participations(user));
    model.addAttribute("departments", filing.departments(user));
    model.addAttribute("names", filing.names());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "cases/my-complaints";
  }

  /** A citizen's cases, whose acts addressed to them the form offers (a lawyer names them). */
  private List<Participation> participations(CurrentUser user) {
    return user.role() == Role.CITIZEN ? files.asParticipant(user) : List.of();
  }

  /**
   * The form with the case and the department of the act chosen from the person's own documents,
   * where they were left out: choosing the act names its case.
   */
  private static Map<String, String> withCaseOfDocument(
      Map<String, String> fields, List<Participation> cases) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    String documentId = fields.get("documentId");
    Optional<Participation> of =
        cases.stream()
            .filter(p -> p.documents().stream().anyMatch(d -> d.id().toString().equals(documentId)))
            .findFirst();
    of.ifPresent(
        p -> {
          if (blank(form.get("erdrNumber"))) {
            form.put("erdrNumber", p.erdrNumber());
          }
          if (blank(form.get("unit"))) {
            form.put("unit", p.unit());
          }
        });
    return form;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
