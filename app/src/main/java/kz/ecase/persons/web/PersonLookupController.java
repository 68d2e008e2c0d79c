package kz.ecase.persons.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.PersonLookups;
import kz.ecase.persons.PlateLookups;
import kz.ecase.persons.Purpose;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.persistence.LookupLog;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Person look-ups by IIN, and who looked whom up. */
@RestController
@RequestMapping("/api/persons/lookups")
@Validated
@Tag(name = "Person look-up")
@SecurityRequirement(name = "bearer")
class PersonLookupController {

  /** A look-up: the IIN and at least one part of the purpose. */
  record LookupRequest(String iin, String caseNumber, String protocolNumber, String reason) {}

  /** One registry's answer. */
  record Source(String registry, String status, long latencyMs, String detail, JsonNode data) {
    static Source of(SourceAnswer answer) {
      return new Source(
          answer.registry().id(),
          answer.status().name(),
          answer.latencyMs(),
          answer.detail(),
          answer.data());
    }
  }

  /** The dossier: complete when every registry gave a definite answer; else missing says which. */
  record DossierResponse(
      String lookupId,
      String iin,
      Instant at,
      String purpose,
      boolean complete,
      List<String> missing,
      List<Source> sources) {
    static DossierResponse of(Dossier dossier) {
      return new DossierResponse(
          dossier.lookupId(),
          dossier.iin().value(),
          dossier.at(),
          dossier.purpose(),
          dossier.complete(),
          dossier.missing().stream().map(Registry::id).toList(),
          dossier.sources().stream().map(Source::of).toList());
    }
  }

  /**
   * One logged look-up, as its audience sees it; {@code protocolNumber}: the protocol a look-up
   * made for a protocol draft came to serve, once the draft is registered.
   */
  record LoggedLookup(
      String lookupId,
      Instant at,
      String username,
      String userName,
      String userRole,
      String userUnit,
      String iin,
      String purpose,
      String sources,
      boolean flagged,
      String protocolNumber) {
    static LoggedLookup of(LookupLog.Entry entry) {
      return new LoggedLookup(
          entry.id().toString(),
          entry.at(),
          entry.username(),
          entry.userName(),
          entry.userRole(),
          entry.userUnit(),
          entry.iin(),
          entry.purpose(),
          entry.sources(),
          entry.flagged(),
          entry.protocolNumber());
    }
  }

  private final PersonLookups lookups;
  private final PlateLookups plates;
  private final LookupLog log;
  private final CurrentUsers currentUsers;

  PersonLookupController(
      PersonLookups lookups, PlateLookups plates, LookupLog log, CurrentUsers currentUsers) {
    this.lookups = lookups;
    this.plates = plates;
    this.log = log;
    this.currentUsers = currentUsers;
  }

  @PostMapping
  @Operation(
      summary = "Look a person up in every state registry at once",
      description =
          "Needs a purpose (caseNumber, protocolNumber or reason). Answers within the look-up's"
              + " deadline (1.5 s by default) with each registry's status: OK, NOT_FOUND,"
              + " TIMEOUT, UNAVAILABLE or CIRCUIT_OPEN; partial results are marked (complete,"
              + " missing). Recorded in the ledger.")
  DossierResponse lookUp(@RequestBody LookupRequest request) {
    lookups.requireAllowed();
    Iin iin = iinOf(request.iin());
    Purpose purpose = purposeOf(request.caseNumber(), request.protocolNumber(), request.reason());
    return DossierResponse.of(lookups.lookUp(iin, purpose));
  }

  /** A plate look-up: the plate and at least one part of the purpose. */
  record PlateRequest(String plate, String caseNumber, String protocolNumber, String reason) {}

  /** The vehicle register's answer: the vehicle and its owner when found. */
  record PlateResponse(
      String lookupId, String plate, Source source, JsonNode vehicle, String ownerIin) {}

  @PostMapping("/plates")
  @Operation(
      summary = "Look a vehicle up by its plate: the vehicle and its owner's IIN",
      description =
          "A person look-up like the others: needs a purpose, is recorded in the ledger, and the"
              + " owner sees it.")
  PlateResponse lookUpPlate(@RequestBody PlateRequest request) {
    lookups.requireAllowed();
    String plate = PlateLookups.normalised(request.plate());
    if (plate == null) {
      throw new InvalidInputException("plate", "A plate has 4 to 10 letters and digits");
    }
    PlateLookups.PlateAnswer answer =
        plates.lookUp(
            plate, purposeOf(request.caseNumber(), request.protocolNumber(), request.reason()));
    return new PlateResponse(
        answer.lookupId(),
        answer.plate(),
        Source.of(answer.source()),
        answer.vehicle(),
        answer.owner() == null ? null : answer.owner().value());
  }

  @GetMapping
  @Operation(
      summary =
          "Look-ups by users of the caller's jurisdiction, newest first, abnormal rates"
              + " flagged (heads of unit, supervising prosecutors)")
  List<LoggedLookup> ofJurisdiction(
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_READ_AUDIT)) {
      throw new AccessDeniedException("Role does not allow " + Action.VIEW_READ_AUDIT);
    }
    return log.byUnit(user.unit().value(), limit).stream().map(LoggedLookup::of).toList();
  }

  @GetMapping("/about-me")
  @Operation(summary = "Who looked the signed-in citizen up, when and why")
  List<LoggedLookup> aboutMe(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    CurrentUser user = currentUsers.current();
    if (user.role() != Role.CITIZEN) {
      throw new AccessDeniedException("Only a person sees the look-ups of their own data here");
    }
    return log.aboutPerson(user.iin().value(), limit).stream().map(LoggedLookup::of).toList();
  }

  private static Purpose purposeOf(String caseNumber, String protocolNumber, String reason) {
    try {
      return new Purpose(caseNumber, protocolNumber, reason);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("purpose", e.getMessage());
    }
  }

  private static Iin iinOf(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("iin", "An IIN is required");
    }
    try {
      return Iin.of(value.strip());
    } catch (Iin.InvalidIinException e) {
      throw new InvalidInputException("iin", e.getMessage());
    }
  }
}
