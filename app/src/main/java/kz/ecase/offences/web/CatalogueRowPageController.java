package kz.ecase.offences.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.CatalogueCorrections;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueCell;
import kz.ecase.offences.domain.CatalogueCorrection;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.CorrectedRow;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.Sourced;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator corrects one row of the catalogue on a form: every value with whether it is
 * confirmed, the reason and the day the correction takes effect. Saving makes a new catalogue
 * version (the latest with this row changed); every wrong value is shown beside its field at once,
 * and nothing is stored until all are right.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CatalogueRowPageController {

  /** The row's values on the form, in its order; the last two are yes/no choices. */
  static final List<String> FIELDS =
      List.of(
          "article",
          "part",
          "titleKk",
          "titleRu",
          "titleEn",
          "fineIndividual",
          "fineLegalEntity",
          "otherPenalty",
          "onTheSpot",
          "discount",
          "repeatCode");

  /** One value of the form: its text and whether the administrator confirms it. */
  record Field(String name, String value, boolean confirmed, boolean choice) {}

  private final CatalogueInUse catalogue;
  private final CatalogueCorrections corrections;
  private final CurrentUsers currentUsers;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CatalogueRowPageController(
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

  @GetMapping("/offences/catalogue/rows/{code}")
  String form(@PathVariable String code, Model model) {
    CatalogueVersion latest = catalogue.current().latest();
    Article row =
        latest.article(code).orElseThrow(() -> new NotFoundException("No catalogue row " + code));
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    LocalDate from = today.isBefore(latest.startsOn()) ? latest.startsOn() : today;
    return show(
        model,
        latest,
        code,
        fieldsOf(row),
        String.join("\n", row.sources()),
        "",
        from.toString(),
        Map.of());
  }

  @PostMapping("/offences/catalogue/rows/{code}")
  String save(
      @PathVariable String code,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletResponse response,
      Model model) {
    CatalogueVersion latest = catalogue.current().latest();
    latest.article(code).orElseThrow(() -> new NotFoundException("No catalogue row " + code));
    List<Field> fields =
        FIELDS.stream()
            .map(
                name ->
                    new Field(
                        name,
                        text(form, name),
                        form.containsKey(name + "-confirmed"),
                        name.equals("onTheSpot") || name.equals("discount")))
            .toList();
    String sources = text(form, "sources");
    String reason = text(form, "reason");
    String from = text(form, "effectiveFrom");
    try {
      CatalogueVersion made =
          corrections.correct(
              currentUsers.current(),
              new CatalogueCorrection(
                  basedOn(form), reason, from, List.of(rowOf(code, fields, sources))));
      return "redirect:/offences/catalogue?version=" + made.version() + "&corrected=" + code;
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems()
          .keySet()
          .forEach(
              field -> {
                String name = field.replaceFirst("^rows\\[0\\]\\.", "");
                errors.put(name, "catalogue.error." + name);
              });
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(model, latest, code, fields, sources, reason, from, errors);
    }
  }

  private String show(
      Model model,
      CatalogueVersion latest,
      String code,
      List<Field> fields,
      String sources,
      String reason,
      String from,
      Map<String, String> errors) {
    model.addAttribute("latest", latest);
    model.addAttribute("code", code);
    model.addAttribute("fields", fields);
    model.addAttribute("sources", sources);
    model.addAttribute("reason", reason);
    model.addAttribute("effectiveFrom", from);
    model.addAttribute("errors", errors);
    return "offences/catalogue-row";
  }

  private static List<Field> fieldsOf(Article a) {
    Map<String, Sourced<?>> values = new LinkedHashMap<>();
    values.put("article", a.number().article());
    values.put("part", a.number().part());
    values.put("titleKk", a.titles().kk());
    values.put("titleRu", a.titles().ru());
    values.put("titleEn", a.titles().en());
    values.put("fineIndividual", a.fineIndividual());
    values.put("fineLegalEntity", a.fineLegalEntity());
    values.put("otherPenalty", a.otherPenalty());
    values.put("onTheSpot", a.onTheSpot().map(yes -> yes ? "yes" : "no"));
    values.put("discount", a.discount().map(yes -> yes ? "yes" : "no"));
    values.put("repeatCode", a.repeatCode());
    return FIELDS.stream()
        .map(
            name -> {
              Sourced<?> v = values.get(name);
              return new Field(
                  name,
                  v.value() == null ? "" : v.value().toString(),
                  v.confirmed(),
                  name.equals("onTheSpot") || name.equals("discount"));
            })
        .toList();
  }

  private static CorrectedRow rowOf(String code, List<Field> fields, String sources) {
    Map<String, CatalogueCell> cells = new LinkedHashMap<>();
    fields.forEach(f -> cells.put(f.name(), new CatalogueCell(f.value(), f.confirmed())));
    return new CorrectedRow(
        code,
        cells.get("article"),
        cells.get("part"),
        cells.get("titleKk"),
        cells.get("titleRu"),
        cells.get("titleEn"),
        cells.get("fineIndividual"),
        cells.get("fineLegalEntity"),
        cells.get("otherPenalty"),
        cells.get("onTheSpot"),
        cells.get("discount"),
        cells.get("repeatCode"),
        Arrays.stream(sources.split("\\R")).map(String::strip).toList());
  }

  private static Integer basedOn(MultiValueMap<String, String> form) {
    try {
      return Integer.valueOf(text(form, "basedOn"));
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "basedOn");
    }
  }

  private static String text(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null ? "" : value;
  }
}
