package kz.ecase.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import kz.ecase.cases.CaseSearch;
import kz.ecase.cases.persistence.CaseSearchRows.Hit;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.ReportSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff search over the criminal register as an API (docs/api.md, docs/search.md). */
@RestController
@Tag(name = "Criminal cases")
class CaseSearchController {

  /** What a search found: by which key, the value searched, reports, cases, and whether more. */
  record Found(String key, String value, List<Report> reports, List<Case> cases, boolean more) {}

  /** A crime report found. */
  record Report(
      String id,
      String kuiNumber,
      String erdrNumber,
      String status,
      String unit,
      Instant receivedAt,
      String reporterIin,
      String reporterName) {
    static Report of(ReportSearch.Line l) {
      return new Report(
          l.id().toString(),
          l.kuiNumber(),
          l.erdrNumber(),
          l.status(),
          l.unit(),
          l.receivedAt(),
          l.reporterIin(),
          l.reporterName());
    }
  }

  /** A case found, with the participant that matched (null when found by number). */
  record Case(
      String id,
      String erdrNumber,
      String status,
      String unit,
      Instant openedAt,
      String investigator,
      String article,
      Person person) {
    static Case of(Hit h) {
      return new Case(
          h.id().toString(),
          h.erdrNumber(),
          h.status(),
          h.unit(),
          h.openedAt(),
          h.investigator(),
          h.articleCode(),
          h.iin() == null ? null : new Person(h.role(), h.iin(), h.name()));
    }
  }

  /** A participant of a case. */
  record Person(String role, String iin, String name) {}

  private final CaseSearch search;
  private final CurrentUsers currentUsers;

  CaseSearchController(CaseSearch search, CurrentUsers currentUsers) {
    this.search = search;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/cases/search")
  @Operation(
      summary =
          "Search the criminal register of one's jurisdiction by IIN, KUI/ERDR number or name",
      description =
          "Staff who see a unit's records: the crime reports and criminal cases of their unit and"
              + " the units below it that they could open (a case or report of a grave crime only"
              + " for its team), the latest first. q is read as an IIN (12 digits, checked; the"
              + " reporter of a report, any participant of a case), a KUI number of a report (14"
              + " digits), an ERDR number of a case (15 digits) or a part of a person's name (every"
              + " word, at least one of 3 letters or more, anywhere in the name; case, Kazakh"
              + " letters and ё folded: Әлібеков = алибеков). limit: 1 to 100 of each kind. Every"
              + " search is an audited read (record search/<id>). 400 (problem+json naming q or"
              + " limit) for a text that is none of these.")
  Found search(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
    CaseSearch.Result result = search.search(currentUsers.current(), q, limit);
    return new Found(
        result.query().key().name(),
        result.query().value(),
        result.reports().stream().map(Report::of).toList(),
        result.cases().stream().map(Case::of).toList(),
        result.more());
  }
}
