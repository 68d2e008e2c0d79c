package kz.ecase.offences.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ArticleCitation;
import kz.ecase.offences.CatalogueInUse;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.Protocols;
import kz.ecase.offences.Protocols.ProtocolView;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.procedure.RecordedStep;
import kz.ecase.signing.FirstPin;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A protocol's page for staff: its particulars and PDF, the appeal waiting for a decision, the
 * timeline of its steps with each act's PDF, and a form for each step the user may take now (serve;
 * decide a fine or a warning or refer to court; the head's or the prosecutor's decision on an
 * appeal; cancellation), each signed with the PIN through {@link ProtocolTransitions} like the API.
 * Someone without a signing key chooses the PIN on the same form. A refused step keeps what was
 * typed and says every field at fault beside it, with the PIN tries left.
 */
@Controller
class ProtocolStaffPage {

  static final String PURPOSE = "work on the protocol";

  private final Protocols protocols;
  private final ProtocolTransitions transitions;
  private final CatalogueInUse catalogue;
  private final FirstPin firstPins;
  private final UnitStaff staff;
  private final CurrentUsers currentUsers;

  ProtocolStaffPage(
      Protocols protocols,
      ProtocolTransitions transitions,
      CatalogueInUse catalogue,
      FirstPin firstPins,
      UnitStaff staff,
      CurrentUsers currentUsers) {
    this.protocols = protocols;
    this.transitions = transitions;
    this.catalogue = catalogue;
    this.firstPins = firstPins;
    this.staff = staff;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/offences/protocols/{id}")
  String page(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
    model.addAttribute("done", ProtocolPageErrors.transition(done).orElse(null));
    return render(staffMember(), id, model);
  }

  @PostMapping("/offences/protocols/{id}/steps")
  String step(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String transition,
      @RequestParam(defaultValue = "") String reasons,
      @RequestParam(defaultValue = "") String pin,
      @RequestParam(defaultValue = "") String repeat,
      Model model) {
    CurrentUser user = staffMember();
    ProtocolTransition step =
        ProtocolPageErrors.transition(transition)
            .orElseThrow(() -> new InvalidInputException("transition", "No such step"));
    Map<String, String> errors = new LinkedHashMap<>();
    if (ProtocolTransitions.needsReasons(step) && reasons.isBlank()) {
      errors.put("reasons", "offences.error.reasons");
    }
    if (firstPins.needed(user)) {
      errors.putAll(FirstPin.problems(pin, repeat));
    } else if (pin.isBlank()) {
      errors.put("pin", "offences.error.pin");
    }
    Integer attemptsLeft = null;
    if (errors.isEmpty()) {
      try {
        if (firstPins.needed(user)) {
          requireOffered(user, id, step); // no key is made for a step that is then refused
          firstPins.chooseIfNeeded(user, pin, repeat);
        }
        transitions.byHand(user, id, step, reasons, pin);
        return "redirect:/offences/protocols/" + id + "?done=" + step.name();
      } catch (RuntimeException e) {
        errors = ProtocolPageErrors.of(e).orElseThrow(() -> e);
        attemptsLeft = ProtocolPageErrors.attemptsLeft(e);
      }
    }
    model.addAttribute("errors", errors);
    model.addAttribute("attemptsLeft", attemptsLeft);
    model.addAttribute("errorsFor", step.name());
    model.addAttribute("reasons", reasons);
    return render(user, id, model);
  }

  /**
   * Refuses a step the protocol does not offer the user now (or no such protocol), before a first
   * signing key is made for it.
   */
  private void requireOffered(CurrentUser user, String id, ProtocolTransition step) {
    StoredProtocol p = protocols.read(id, PURPOSE).protocol();
    if (!transitions.stepsFor(user, p).contains(step)) {
      throw new InvalidInputException("transition", "This step is not open to you now");
    }
  }

  private String render(CurrentUser user, String id, Model model) {
    ProtocolView view = protocols.read(id, PURPOSE);
    StoredProtocol p = view.protocol();
    List<ProtocolTransition> steps = transitions.stepsFor(user, p);
    Set<ProtocolTransition> reasoned = EnumSet.noneOf(ProtocolTransition.class);
    steps.stream().filter(ProtocolTransitions::needsReasons).forEach(reasoned::add);
    model.addAttribute("p", p);
    model.addAttribute(
        "article", ArticleCitation.of(catalogue.current(), p.catalogueVersion(), p.articleCode()));
    model.addAttribute("timeline", view.events());
    model.addAttribute("appeal", "APPEALED".equals(p.status()) ? last(view.events()) : null);
    model.addAttribute("steps", steps);
    Object refused = model.getAttribute("errorsFor");
    // a step refused that the protocol no longer offers (taken meanwhile) is said on top
    model.addAttribute(
        "refusedElsewhere",
        refused != null && steps.stream().noneMatch(t -> t.name().equals(refused)));
    model.addAttribute("reasoned", reasoned);
    model.addAttribute("firstPin", !steps.isEmpty() && firstPins.needed(user));
    model.addAttribute(
        "unitName", staff.unitName(p.unit(), LocaleContextHolder.getLocale().getLanguage()));
    return "offences/protocol";
  }

  private static RecordedStep last(List<RecordedStep> events) {
    return events.get(events.size() - 1);
  }

  /** Staff only: a person sees their protocols on the portal. */
  private CurrentUser staffMember() {
    CurrentUser user = currentUsers.current();
    if (user.role().personal()) {
      throw new AccessDeniedException("A person sees their protocols on the portal");
    }
    return user;
  }
}
