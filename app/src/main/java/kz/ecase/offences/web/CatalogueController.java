package kz.ecase.offences.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.offences.CatalogueCorrections;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueCorrection;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.CorrectedRow;
import kz.ecase.offences.domain.FineRange;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of offences for signed-in staff, and its corrections by administrators. Officers
 * and other staff get the rows they may cite (article number confirmed); administrators get every
 * row, the unoffered ones included, to check and correct them in the next catalogue version.
 */
@RestController
@RequestMapping("/api/offences/catalogue")
@Validated
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class CatalogueController {

  /**
   * One article of the version in force on the date.
   *
   * @param number as cited, in Russian ({@code 592 ч.2}), without the data's {@code ?} marks
   * @param recordedNumber as the catalogue records it, {@code ?} marking an unconfirmed or unknown
   *     value ({@code 593 ч.1?})
   * @param offered whether officers may cite it (its article number is confirmed)
   * @param unconfirmedValues the names of the catalogue's columns not confirmed against the Code
   */
  record Entry(
      String code,
      String number,
      String recordedNumber,
      boolean offered,
      String titleKk,
      String titleRu,
      String titleEn,
      String fineIndividualMci,
      boolean onTheSpot,
      boolean discount,
      boolean confirmed,
      List<String> unconfirmedValues) {
    static Entry of(Article a) {
      FineRange fine = a.fineIndividual().value();
      return new Entry(
          a.code(),
          a.number().cited("ru"),
          a.number().toString(),
          a.offered(),
          a.titles().kk().value(),
          a.titles().ru().value(),
          a.titles().en().value(),
          fine == null ? null : fine.toString(),
          Boolean.TRUE.equals(a.onTheSpot().value()),
          a.discountApplies(),
          a.confirmed(),
          a.unconfirmedValues());
    }
  }

  /**
   * A correction: the rows changed (a value left out keeps the current one), why, and from when.
   *
   * @param basedOn the version corrected; refused when a newer one was made meanwhile (optional)
   */
  record CorrectionRequest(
      Integer basedOn, String reason, String effectiveFrom, List<CorrectedRow> rows) {}

  /** The version a correction made, with its corrected rows as {@link #search} answers them. */
  record NewVersion(
      int version, String effectiveFrom, int basedOn, List<String> corrected, List<Entry> rows) {}

  private final CatalogueInUse catalogue;
  private final CatalogueCorrections corrections;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CatalogueController(
      CatalogueInUse catalogue,
      CatalogueCorrections corrections,
      CurrentUsers currentUsers,
      ProcedureCalendar calendar,
      Clock clock) {
    this.catalogue = catalogue;
    this.corrections = corrections;
    this.currentUsers = currentUsers;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  @Operation(
      summary = "Search the catalogue version in force on a date (default: today)",
      description =
          "q: an article number (592 ч.3) or words of a title in kk/ru/en; empty: all. Staff get"
              + " the rows officers may cite; administrators every row, with offered=false for"
              + " those whose article number is not confirmed.")
  List<Entry> search(
      @RequestParam(defaultValue = "") @Size(max = 200) String q,
      @RequestParam(required = false) @Size(max = 10) String date) {
    Role role = currentUsers.current().role();
    if (role.personal()) {
      throw new AccessDeniedException("The catalogue API is for staff");
    }
    List<Article> found =
        role == Role.ADMIN
            ? catalogue.current().search(q, dateOf(date))
            : catalogue.current().searchOffered(q, dateOf(date));
    return found.stream().map(Entry::of).toList();
  }

  @PostMapping("/versions")
  @Operation(
      summary = "Correct rows of the catalogue: a new version (administrators)",
      description =
          "The latest version with the given rows changed, numbered next, in force from"
              + " effectiveFrom (today or later). Each value is {value, confirmed}; a value left"
              + " out keeps the current one; sources replace the row's when given. Every wrong"
              + " value is reported at once (problem+json, errors[].field such as"
              + " rows[0].fineIndividual) and nothing is stored.")
  ResponseEntity<NewVersion> correct(@RequestBody CorrectionRequest request) {
    CurrentUser user = currentUsers.current();
    if (user.role() != Role.ADMIN) {
      throw new AccessDeniedException("Only administrators correct the catalogue");
    }
    CatalogueCorrection correction =
        new CatalogueCorrection(
            request.basedOn(), request.reason(), request.effectiveFrom(), request.rows());
    CatalogueVersion made = corrections.correct(user, correction);
    List<Entry> rows =
        correction.codes().stream()
            .map(code -> Entry.of(made.article(code).orElseThrow()))
            .toList();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new NewVersion(
                made.version(),
                made.startsOn().toString(),
                made.version() - 1,
                correction.codes(),
                rows));
  }

  private LocalDate dateOf(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now(clock.withZone(calendar.zone()));
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("date", "An ISO date, e.g. 2026-03-14");
    }
  }
}
