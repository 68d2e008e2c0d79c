package kz.ecase.persons.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Dossier;
import kz.ecase.persons.PersonLookups;
import kz.ecase.persons.Purpose;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's dossier card: type the IIN and the purpose, see what every registry said, each
 * source with its status and latency, partial answers marked. Works as a plain form; with htmx only
 * the card is replaced.
 */
@Controller
@PreAuthorize(
    "hasAnyRole('OFFICER', 'INVESTIGATOR', 'HEAD_OF_UNIT', 'DUTY_PROSECUTOR',"
        + " 'SUPERVISING_PROSECUTOR')")
class DossierPageController {

  private final PersonLookups lookups;

  DossierPageController(PersonLookups lookups) {
    this.lookups = lookups;
  }

  @GetMapping("/persons/lookup")
  String form() {
    return "persons/lookup";
  }

  @PostMapping("/persons/lookup")
  String lookUp(
      @RequestParam(defaultValue = "") String iin,
      @RequestParam(defaultValue = "") String caseNumber,
      @RequestParam(defaultValue = "") String protocolNumber,
      @RequestParam(defaultValue = "") String reason,
      Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    Iin.check(iin.strip()).ifPresent(violation -> errors.put("iin", violation.messageKey()));
    Purpose purpose = null;
    try {
      purpose = new Purpose(caseNumber, protocolNumber, reason);
    } catch (IllegalArgumentException e) {
      errors.put("purpose", "lookup.purpose.required");
    }
    model.addAttribute("iin", iin);
    model.addAttribute("caseNumber", caseNumber);
    model.addAttribute("protocolNumber", protocolNumber);
    model.addAttribute("reason", reason);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "persons/lookup";
    }
    Dossier dossier = lookups.lookUp(Iin.of(iin.strip()), purpose);
    model.addAttribute("dossier", new DossierCard(dossier));
    return "persons/lookup";
  }
}
