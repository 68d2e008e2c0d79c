package kz.ecase.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import kz.ecase.audit.persistence.ReadRows;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.ledger.Ledger;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who read what: a jurisdiction's reads for its heads and prosecutors, a person's own reads. */
@RestController
@RequestMapping("/api/audit/reads")
@Validated
@Tag(name = "Audit of reads")
@SecurityRequirement(name = "bearer")
class AuditController {

  /** One read, as its audience sees it; {@code ledgerIndex} is null until sequenced. */
  record ReadView(
      Instant readAt,
      String reader,
      String readerName,
      String readerRole,
      String readerUnit,
      String record,
      String recordUnit,
      String purpose,
      Long ledgerIndex) {}

  private final ReadRows rows;
  private final CurrentUsers currentUsers;
  private final Ledger ledger;

  AuditController(ReadRows rows, CurrentUsers currentUsers, Ledger ledger) {
    this.rows = rows;
    this.currentUsers = currentUsers;
    this.ledger = ledger;
  }

  @GetMapping
  @Operation(
      summary =
          "Reads of records of the caller's jurisdiction, newest first (heads of unit,"
              + " supervising prosecutors)")
  List<ReadView> ofJurisdiction(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_READ_AUDIT)) {
      throw new AccessDeniedException("Role does not allow " + Action.VIEW_READ_AUDIT);
    }
    return view(rows.ofUnit(user.unit().value(), limit));
  }

  @GetMapping("/about-me")
  @Operation(
      summary = "Who read records about the signed-in citizen, when and why",
      description = "Reads by others: the citizen's own views of their records are not listed")
  List<ReadView> aboutMe(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    CurrentUser user = currentUsers.current();
    if (user.role() != Role.CITIZEN) {
      throw new AccessDeniedException("Only a person sees the reads of their own data here");
    }
    return view(rows.aboutPerson(user.iin().value(), user.username(), limit));
  }

  private List<ReadView> view(List<ReadRows.Row> found) {
    return found.stream()
        .map(
            row ->
                new ReadView(
                    row.readAt(),
                    row.reader(),
                    row.readerName(),
                    row.readerRole(),
                    row.readerUnit(),
                    row.recordKey(),
                    row.recordUnit(),
                    row.purpose(),
                    ledger.indexOf(row.receipt()).orElse(null)))
        .toList();
  }
}
