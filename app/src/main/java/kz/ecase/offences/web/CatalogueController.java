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

/** The catalogue of offences, read-only, for signed-in staff. */
@RestController
@RequestMapping("/api/offences/catalogue")
@Validated
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class CatalogueController {

  /** One article of the version in force on the date. */
  record Entry(
      String code,
      String number,
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
          a.number().toString(),
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
      description = "q: an article number (592 ч.3) or words of a title in kk/ru/en; empty: all.")
  List<Entry> search(
      @RequestParam(defaultValue = "") @Size(max = 200) String q,
      @RequestParam(required = false) @Size(max = 10) String date) {
    if (currentUsers.current().role().personal()) {
      throw new AccessDeniedException("The catalogue API is for staff");
    }
    return catalogue.search(q, dateOf(date)).stream().map(Entry::of).toList();
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
