package kz.ecase.investigations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.CrimeReports;
import kz.ecase.investigations.ReportDecision;
import kz.ecase.investigations.ReportForm;
import kz.ecase.investigations.ReportRegister;
import kz.ecase.investigations.ReportSteps;
import kz.ecase.investigations.ReportView;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.CriminalCatalogue;
import kz.ecase.investigations.persistence.ReportStore.ReportLine;
import kz.ecase.investigations.persistence.ReportStore.StoredReport;
import kz.ecase.procedure.RecordedStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of crime reports over HTTP. */
@RestController
@Tag(name = "Crime reports")
class ReportController {

  /** A received report as the API answers it. */
  record Received(
      UUID id,
      String kuiNumber,
      String unit,
      Instant receivedAt,
      Instant registrationDeadline,
      String documentSha256,
      String signatureSha256) {
    static Received of(StoredReport r) {
      return new Received(
          r.id(),
          r.kuiNumber(),
          r.unit(),
          r.receivedAt(),
          r.registrationDeadline(),
          r.documentSha256(),
          r.signatureSha256());
    }
  }

  /** An article staff may qualify by. */
  record Article(String code, String title, String gravity, boolean confirmed) {
    static Article of(CriminalArticle a) {
      return new Article(a.code(), a.titleRu(), a.gravity().value().name(), a.confirmed());
    }
  }

  private final CrimeReports reports;
  private final ReportSteps steps;
  private final ReportRegister register;
  private final CriminalCatalogue catalogue;
  private final CurrentUsers currentUsers;

  ReportController(
      CrimeReports reports,
      ReportSteps steps,
      ReportRegister register,
      CriminalCatalogue catalogue,
      CurrentUsers currentUsers) {
    this.reports = reports;
    this.steps = steps;
    this.register = register;
    this.catalogue = catalogue;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/investigations/reports")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Receive a crime report: entered in the book of incident records, signed, ledgered",
      description =
          "Staff of a unit (OFFICER, INVESTIGATOR, HEAD_OF_UNIT). source: CITIZEN_STATEMENT,"
              + " ONLINE_STATEMENT, OFFICER_REPORT, AGENCY_MESSAGE; reporterIin or reporterBin"
              + " unless an officer's own report; pin: your signing PIN. The same idempotencyKey"
              + " answers the same report. It must be decided within the registration term.")
  Received receive(@RequestBody ReportForm form) {
    return Received.of(reports.receive(currentUsers.current(), form));
  }

  @GetMapping("/api/investigations/reports/{id}")
  @Operation(summary = "A report with its steps and registrations (the read is audited)")
  ReportView report(
      @PathVariable String id, @RequestParam(defaultValue = "work on the report") String purpose) {
    return reports.view(currentUsers.current(), id, purpose);
  }

  @PostMapping("/api/investigations/reports/{id}/steps")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Take a report's next step, signed with your PIN",
      description =
          "Staff: REGISTER (article, e.g. 188-1; form optional), REFUSE, TRANSFER (transferTo),"
              + " PASS_TO_ADMINISTRATIVE. Duty or supervising prosecutor: CONFIRM_REGISTRATION,"
              + " CONFIRM_REFUSAL, CONFIRM_TRANSFER, CONFIRM_PASSING, RETURN, ANNUL_REFUSAL"
              + " (article). reasons: required for all but REGISTER and the confirmations. 409"
              + " when the report's state does not allow the step.")
  RecordedStep step(@PathVariable String id, @RequestBody ReportDecision decision) {
    return steps.byHand(currentUsers.current(), id, decision);
  }

  @GetMapping("/api/investigations/reports")
  @Operation(summary = "The register of your units' reports, newest first")
  List<ReportLine> register(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") int limit) {
    return register.register(currentUsers.current(), status, limit);
  }

  @GetMapping("/api/investigations/queue")
  @Operation(summary = "Decisions waiting for the duty prosecutor's check, longest waiting first")
  List<ReportLine> queue(@RequestParam(defaultValue = "100") int limit) {
    return register.queue(currentUsers.current(), limit);
  }

  @GetMapping("/api/investigations/reports/counts")
  @Operation(summary = "Reports of your units per status; TERM_MISSED: undecided past the term")
  Map<String, Long> counts() {
    return register.counts(currentUsers.current());
  }

  @GetMapping("/api/investigations/articles")
  @Operation(summary = "Criminal Code articles staff may qualify a report by")
  List<Article> articles(@RequestParam(defaultValue = "") String q) {
    currentUsers.current();
    return catalogue.search(q).stream().map(Article::of).toList();
  }
}
