package kz.ecase.offences.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.EarlierProtocols;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.PriorOffence;
import kz.ecase.persons.PersonLookups;
import kz.ecase.persons.Purpose;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The parts of the officer's page that fill in while the protocol is drawn up (htmx fragments): the
 * person from the registries once the IIN is complete (with the protocols ecase itself registered
 * for them), the articles matching a search, and the fine of the chosen article with the
 * repeat-offence flag (from the registry's offences and ecase's own protocols).
 */
@Controller
@RequestMapping("/offences/protocols/new")
@PreAuthorize("hasAnyRole('OFFICER', 'INVESTIGATOR', 'HEAD_OF_UNIT')")
class ProtocolDraftController {

  static final String PAGE = "offences/new";

  private final PersonLookups lookups;
  private final EarlierProtocols earlierProtocols;
  private final CatalogueInUse catalogue;
  private final FineCalculator fines;
  private final ZoneId zone;
  private final Clock clock;

  ProtocolDraftController(
      PersonLookups lookups,
      EarlierProtocols earlierProtocols,
      CatalogueInUse catalogue,
      FineCalculator fines,
      ProcedureCalendar calendar,
      Clock clock) {
    this.lookups = lookups;
    this.earlierProtocols = earlierProtocols;
    this.clock = clock;
    this.catalogue = catalogue;
    this.fines = fines;
    this.zone = calendar.zone();
  }

  /**
   * The person: looked up in every registry (ledgered, purpose: this draft) once the IIN has 12
   * digits and is valid; a wrong one is named beside the field.
   */
  @PostMapping("/person")
  String person(
      @RequestParam(defaultValue = "") String iin,
      @RequestParam(defaultValue = "") String idempotencyKey,
      @RequestParam(defaultValue = "") String offenceTime,
      Model model) {
    String typed = iin.strip();
    if (typed.matches("\\d{0,11}")) {
      return PAGE + " :: person";
    }
    Optional<Iin.Violation> violation = Iin.check(typed);
    if (violation.isPresent()) {
      model.addAttribute("iinError", violation.get().messageKey());
      return PAGE + " :: person";
    }
    String key = idempotencyKey.strip().isEmpty() ? "?" : idempotencyKey.strip();
    Purpose purpose = Purpose.protocolDraft(abbreviated(key));
    Iin person = Iin.of(typed);
    model.addAttribute(
        "offender",
        OffenderCard.of(
            lookups.lookUp(person, purpose),
            earlierProtocols.of(person, offenceDate(offenceTime), idempotencyKey.strip())));
    return PAGE + " :: person";
  }

  /**
   * The articles of the catalogue in force on the offence date that match the search and are
   * offered to officers (not the rows whose article number is unconfirmed).
   */
  @GetMapping("/articles")
  String articles(
      @RequestParam(defaultValue = "") String articleQuery,
      @RequestParam(defaultValue = "") String offenceTime,
      Locale locale,
      Model model) {
    String query = articleQuery.strip();
    List<Article> found =
        query.isEmpty() || query.length() > 100
            ? List.of()
            : catalogue.current().searchOffered(query, offenceDate(offenceTime));
    model.addAttribute(
        "articles", found.stream().limit(20).map(a -> FinePreview.Choice.of(a, locale)).toList());
    model.addAttribute("searched", !query.isEmpty());
    return PAGE + " :: articles";
  }

  /** The fine of the chosen article, computed before signing. */
  @PostMapping("/fine")
  String fine(
      @RequestParam(defaultValue = "") String article,
      @RequestParam(required = false) String fineMci,
      @RequestParam(defaultValue = "") String offenceTime,
      @RequestParam(required = false) List<String> prior,
      @RequestParam(defaultValue = "") String iin,
      @RequestParam(defaultValue = "") String idempotencyKey,
      Locale locale,
      Model model) {
    LocalDate date = offenceDate(offenceTime);
    Optional<CatalogueVersion> version = catalogue.current().versionInForceOn(date);
    Optional<Article> chosen =
        version.flatMap(v -> v.article(article.strip())).filter(Article::offered);
    if (chosen.isEmpty()) {
      return PAGE + " :: fine";
    }
    try {
      FinePreview.of(
              fines,
              version.get(),
              chosen.get(),
              number(fineMci),
              date,
              priorOffences(prior, iin, date, idempotencyKey),
              locale)
          .ifPresent(preview -> model.addAttribute("preview", preview));
    } catch (IllegalStateException noMci) {
      model.addAttribute("fineError", "protocol.error.offenceTime");
    }
    return PAGE + " :: fine";
  }

  /** The offence date of a typed {@code datetime-local} value; today when there is none. */
  LocalDate offenceDate(String offenceTime) {
    try {
      return LocalDateTime.parse(offenceTime.strip()).atZone(zone).toLocalDate();
    } catch (DateTimeException e) {
      return LocalDate.now(clock.withZone(zone));
    }
  }

  /**
   * The person's earlier offences: those the registry answered (carried in the form, one field of
   * {@code article|date} values separated by {@code ;}) and the protocols ecase registered for the
   * IIN, once each (the registry may already list one of ecase's).
   */
  private List<PriorOffence> priorOffences(
      List<String> values, String iin, LocalDate date, String draftKey) {
    List<PriorOffence> prior = new ArrayList<>();
    if (values != null) {
      values.stream()
          .flatMap(value -> java.util.Arrays.stream(value.split(";")))
          .limit(200)
          .map(value -> value.split("\\|", 2))
          .filter(parts -> parts.length == 2)
          .flatMap(parts -> parse(parts[0], parts[1]).stream())
          .forEach(prior::add);
    }
    if (Iin.check(iin.strip()).isEmpty()) {
      earlierProtocols.of(Iin.of(iin.strip()), date, draftKey.strip()).stream()
          .map(EarlierProtocols.Earlier::offence)
          .forEach(prior::add);
    }
    return prior.stream().distinct().toList();
  }

  private static Optional<PriorOffence> parse(String article, String date) {
    try {
      return PriorOffence.parse(article, LocalDate.parse(date.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Integer number(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String abbreviated(String key) {
    return key.length() > 100 ? key.substring(0, 100) : key;
  }
}
