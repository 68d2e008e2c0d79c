package kz.ecase.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import kz.ecase.cases.complaints.Complaint;
import kz.ecase.cases.complaints.Complaints;
import kz.ecase.cases.complaints.Complaints.ComplaintForm;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints against actions and decisions of the police over HTTP. */
@RestController
@Tag(name = "Complaints against the police")
class ComplaintController {

  record Decision(String decision, String reasons, String pin) {}

  private final Complaints complaints;
  private final CurrentUsers currentUsers;

  ComplaintController(Complaints complaints, CurrentUsers currentUsers) {
    this.complaints = complaints;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/cases/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "File a complaint against an action or decision of the police",
      description =
          "A person on the portal (CITIZEN, LAWYER: the complainant is oneself) or a prosecutor"
              + " receiving it (DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR: complainantIin). {unit,"
              + " erdrNumber?, documentId? (the act complained of, a document of that case),"
              + " complainantIin?, text}. Registered with its number and the term of the law"
              + " (cases.complaint-term), assigned to the supervising prosecutor.")
  Complaint file(@RequestBody ComplaintForm form) {
    return complaints.file(currentUsers.current(), form);
  }

  @GetMapping("/api/cases/complaints")
  @Operation(
      summary = "Complaints: a prosecutor's units' (waiting first, by deadline), a person's own")
  List<Complaint> list(@RequestParam(defaultValue = "100") int limit) {
    return complaints.list(currentUsers.current(), limit);
  }

  @PostMapping("/api/cases/complaints/{id}/decision")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Decide a complaint by a signed decision (DUTY_PROSECUTOR, SUPERVISING_PROSECUTOR)",
      description =
          "{decision: UPHELD|REJECTED, reasons, pin}. Upheld: the act complained of is marked in"
              + " its case and the investigator alerted.")
  Complaint decide(@PathVariable String id, @RequestBody Decision decision) {
    return complaints.decide(
        currentUsers.current(),
        id,
        verdict(decision.decision()),
        decision.reasons(),
        decision.pin());
  }

  @GetMapping("/api/cases/complaints/figures")
  @Operation(
      summary = "Complaints per unit: received, upheld, rejected, waiting, overdue",
      description = "Heads of unit, prosecutors and analysts, for the units of their jurisdiction.")
  Map<String, Map<String, Long>> figures() {
    return complaints.figures(currentUsers.current());
  }

  /** The decision as sent: true upheld, false rejected, null not said (refused with the rest). */
  static Boolean verdict(String decision) {
    if ("UPHELD".equals(decision)) {
      return true;
    }
    if ("REJECTED".equals(decision)) {
      return false;
    }
    if (decision == null) {
      return null;
    }
    throw new InvalidInputException("decision", "UPHELD or REJECTED");
  }
}
