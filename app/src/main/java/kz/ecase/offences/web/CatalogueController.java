package kz.ecase.offences.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.Role;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.FineRange;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of offences, read-only, for signed-in staff. Officers and other staff get the rows
 * they may cite (article number confirmed); administrators get every row, the unoffered ones
 * included, to check and correct them in the next catalogue version.
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

  private final OffenceCatalogue catalogue;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CatalogueController(
      OffenceCatalogue catalogue,
      CurrentUsers currentUsers,
      ProcedureCalendar calendar,
      Clock clock) {
    this.catalogue = catalogue;
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
            ? catalogue.search(q, dateOf(date))
            : catalogue.searchOffered(q, dateOf(date));
    return found.stream().map(Entry::of).toList();
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
