package kz.ecase.offences.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.payments.Reconciliation.Report;
import kz.ecase.offences.payments.ReconciliationReports;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The daily reconciliation of payments against the provider's statement. */
@RestController
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class ReconciliationController {

  private final ReconciliationReports reports;
  private final CurrentUsers currentUsers;

  ReconciliationController(ReconciliationReports reports, CurrentUsers currentUsers) {
    this.reports = reports;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/offences/payments/reconciliations/{date}")
  @Operation(
      summary = "The day's latest reconciliation report (lines within your jurisdiction)",
      description = "Heads of unit and supervising prosecutors; 404 before the day's first run")
  Report report(@PathVariable String date) {
    return reports.latest(currentUsers.current(), date);
  }

  @PostMapping("/api/offences/payments/reconciliations/{date}")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Reconcile the day now: payments the provider lists but ecase lacks are applied",
      description = "Heads of unit; each run is a new stored report")
  Report run(@PathVariable String date) {
    return reports.run(currentUsers.current(), date);
  }
}
