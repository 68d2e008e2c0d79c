package kz.ecase.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.CaseDocuments;
import kz.ecase.cases.CaseFiles;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.CaseDocumentStore.Waiting;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The approver's queue (head of unit, duty prosecutor, supervising prosecutor): the documents the
 * law sends to the user's role, the longest waiting first with how long each has waited, each
 * approved (co-signed with the PIN) or returned with remarks on the spot; and its workspace panel.
 */
@Controller
class ApprovalPages {

  /** A document in the queue with how long it has waited. */
  record Row(Waiting waiting, TermLeft.Span waited) {}

  static final int SHOWN = 200;
  static final int COUNTED = 500;

  private final CaseFiles files;
  private final CaseDocuments documents;
  private final CurrentUsers currentUsers;
  private final Clock clock;

  ApprovalPages(CaseFiles files, CaseDocuments documents, CurrentUsers currentUsers, Clock clock) {
    this.files = files;
    this.documents = documents;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @GetMapping("/cases/approvals")
  String queue(Model model) {
    return page(model);
  }

  @GetMapping("/cases/approvals/panel")
  String panel(Model model) {
    List<Row> rows = rows(files.approvals(currentUsers.current(), COUNTED));
    model.addAttribute("count", rows.size());
    model.addAttribute("more", rows.size() == COUNTED);
    model.addAttribute("oldest", rows.isEmpty() ? null : rows.get(0));
    return "cases/panels :: approvals";
  }

  @PostMapping("/cases/approvals/{documentId}")
  String decide(
      @PathVariable String documentId, @RequestParam Map<String, String> fields, Model model) {
    CurrentUser user = currentUsers.current();
    try {
      CaseDocument decided =
          documents.decide(
              user,
              documentId,
              verdict(fields.get("decision")),
              fields.get("remarks"),
              fields.get("pin"));
      return "redirect:/cases/approvals?decided="
          + (decided.decision() != null && decided.decision().approved() ? "APPROVE" : "RETURN")
          + "&case="
          + decided.caseId();
    } catch (RuntimeException e) {
      CasePageErrors.show(e, model);
      model.addAttribute("errorsFor", documentId);
      model.addAttribute("decision", fields);
      return page(model);
    }
  }

  private String page(Model model) {
    List<Row> rows = rows(files.approvals(currentUsers.current(), SHOWN));
    model.addAttribute("rows", rows);
    model.addAttribute("shown", SHOWN);
    Object refused = model.getAttribute("errorsFor");
    // a refused decision on a document no longer in the queue (decided meanwhile) is said on top
    model.addAttribute(
        "refusedElsewhere",
        refused != null
            && rows.stream().noneMatch(r -> r.waiting().documentId().toString().equals(refused)));
    return "cases/approvals";
  }

  private List<Row> rows(List<Waiting> waiting) {
    Instant now = clock.instant();
    return waiting.stream().map(w -> new Row(w, TermLeft.Span.between(w.since(), now))).toList();
  }

  private static CaseDocuments.Verdict verdict(String decision) {
    try {
      return CaseDocuments.Verdict.valueOf(decision == null ? "" : decision.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("decision", "APPROVE or RETURN");
    }
  }
}
