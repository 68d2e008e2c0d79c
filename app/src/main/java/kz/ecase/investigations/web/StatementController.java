package kz.ecase.investigations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.investigations.OnlineStatements;
import kz.ecase.investigations.OnlineStatements.Statement;
import kz.ecase.investigations.persistence.ReportStore.ReportLine;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A citizen's on-line statements of crimes. */
@RestController
@Tag(name = "Crime reports")
class StatementController {

  private final OnlineStatements statements;
  private final CurrentUsers currentUsers;

  StatementController(OnlineStatements statements, CurrentUsers currentUsers) {
    this.statements = statements;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/investigations/statements")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "File a statement of a crime on-line (citizens)",
      description =
          "unit: the police department (6 digits); description, place, occurredAt?,"
              + " idempotencyKey. Received at once into the department's register with its KUI"
              + " number; the duty prosecutor is alerted.")
  ReportController.Received file(@RequestBody Statement statement) {
    return ReportController.Received.of(statements.file(currentUsers.current(), statement));
  }

  @GetMapping("/api/investigations/statements")
  @Operation(summary = "Your own statements and reports that name you as reporter")
  List<ReportLine> mine() {
    return statements.mine(currentUsers.current());
  }
}
