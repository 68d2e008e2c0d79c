package kz.ecase.offences.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.ProcedureCalendar;
import kz.ecase.procedure.Sourced;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's view of the catalogue: every row of a version as the data records it ({@code
 * ?} marking what is not confirmed), the unconfirmed values in words, whether officers are offered
 * the row, and its sources, so that an administrator can check the rows and correct them in the
 * next version.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CataloguePageController {

  /** One row as the administrator sees it. */
  record Row(
      String code,
      String recordedNumber,
      String title,
      String fineIndividual,
      String fineLegalEntity,
      String otherPenalty,
      String onTheSpot,
      String discount,
      String repeatCode,
      boolean offered,
      List<String> unconfirmed,
      List<String> sources) {
    static Row of(Article a, Locale locale) {
      return new Row(
          a.code(),
          a.number().toString(),
          FinePreview.titleOf(a, locale),
          cell(a.fineIndividual()),
          a.fineLegalEntity().toString(),
          a.otherPenalty().toString(),
          cell(a.onTheSpot().map(yes -> yes ? "yes" : "no")),
          cell(a.discount().map(yes -> yes ? "yes" : "no")),
          cell(a.repeatCode()),
          a.offered(),
          a.unconfirmedValues().stream().map(name -> "catalogue.value." + name).toList(),
          a.sources());
    }
  }

  /** A value as the data file writes it ({@code yes?}, {@code ?}), a dash for none. */
  private static String cell(Sourced<?> value) {
    String text = value.toString();
    return text.isEmpty() ? "—" : text;
  }

  private final CatalogueInUse catalogue;
  private final ProcedureCalendar calendar;
  private final Clock clock;

  CataloguePageController(CatalogueInUse catalogue, ProcedureCalendar calendar, Clock clock) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/offences/catalogue")
  String catalogue(
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String corrected,
      Locale locale,
      Model model) {
    OffenceCatalogue current = catalogue.current();
    CatalogueVersion inForce =
        current.versionInForceOn(LocalDate.now(clock.withZone(calendar.zone()))).orElse(null);
    CatalogueVersion shown =
        version == null
            ? (inForce == null ? current.latest() : inForce)
            : current
                .version(version)
                .orElseThrow(() -> new NotFoundException("No catalogue version " + version));
    model.addAttribute("versions", current.versions());
    model.addAttribute("shown", shown);
    model.addAttribute("inForce", inForce);
    model.addAttribute("latest", current.latest());
    model.addAttribute(
        "corrected", corrected != null && shown.article(corrected).isPresent() ? corrected : null);
    model.addAttribute("rows", shown.articles().stream().map(a -> Row.of(a, locale)).toList());
    model.addAttribute("notOffered", shown.articles().stream().filter(a -> !a.offered()).count());
    return "offences/catalogue";
  }
}
