package kz.ecase.investigations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.Receptions;
import kz.ecase.investigations.Receptions.Visit;
import kz.ecase.investigations.Receptions.VisitForm;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The duty prosecutor's reception of citizens over HTTP. */
@RestController
@Tag(name = "Crime reports")
class ReceptionController {

  private final Receptions receptions;
  private final CurrentUsers currentUsers;

  ReceptionController(Receptions receptions, CurrentUsers currentUsers) {
    this.receptions = receptions;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/investigations/receptions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a citizen's visit to the duty prosecutor (ledgered)",
      description =
          "visitorIin; topic; outcome: REPORT_RECEIVED, COMPLAINT or CONSULTATION; explained;"
              + " reportId when the visit concerns a report of your units.")
  Visit record(@RequestBody VisitForm form) {
    return receptions.record(currentUsers.current(), form);
  }

  @GetMapping("/api/investigations/receptions")
  @Operation(summary = "The reception log of your units, newest first (the read is audited)")
  List<Visit> log(@RequestParam(defaultValue = "100") int limit) {
    return receptions.log(currentUsers.current(), limit);
  }
}
