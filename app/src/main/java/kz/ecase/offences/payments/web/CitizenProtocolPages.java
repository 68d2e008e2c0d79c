package kz.ecase.offences.payments.web;

import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.payments.CitizenProtocols;
import kz.ecase.offences.payments.CitizenProtocols.PaymentNotPossibleException;
import kz.ecase.offences.payments.PaymentProviderClient.ProviderUnavailableException;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The citizen portal's pages of the person's protocols: the list, and each protocol's page with its
 * documents, its payments, Pay (through the provider; while a payment is pending the page follows
 * it and offers no second one) and the appeal (within the term; its confirmation and grounds shown
 * once filed).
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class CitizenProtocolPages {

  private final CitizenProtocols citizenProtocols;
  private final ProtocolTransitions transitions;
  private final CurrentUsers currentUsers;

  CitizenProtocolPages(
      CitizenProtocols citizenProtocols,
      ProtocolTransitions transitions,
      CurrentUsers currentUsers) {
    this.citizenProtocols = citizenProtocols;
    this.transitions = transitions;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/offences/my-protocols")
  String mine(@RequestParam(required = false) String payment, Model model) {
    model.addAttribute("protocols", citizenProtocols.mine(currentUsers.current()));
    model.addAttribute("returned", payment != null);
    return "offences/my-protocols";
  }

  @GetMapping("/offences/my-protocols/{id}")
  String one(
      @PathVariable String id,
      @RequestParam(required = false) String payment,
      @RequestParam(required = false) String appealed,
      Model model) {
    model.addAttribute("returned", payment != null);
    model.addAttribute("appealed", appealed != null);
    return page(model, id, Map.of(), "");
  }

  /** The part of the page that follows a pending payment; polled by the page meanwhile. */
  @GetMapping("/offences/my-protocols/{id}/status")
  String status(
      @PathVariable String id, @RequestParam(required = false) String returned, Model model) {
    model.addAttribute("p", citizenProtocols.status(currentUsers.current(), id));
    model.addAttribute("returned", returned != null);
    model.addAttribute("errors", Map.of());
    return "offences/my-protocol :: payment";
  }

  @PostMapping("/offences/my-protocols/{id}/pay")
  String pay(@PathVariable String id, Model model) {
    String back =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/offences/my-protocols/{id}")
            .buildAndExpand(id)
            .toUriString();
    try {
      return "redirect:" + citizenProtocols.pay(currentUsers.current(), id, back).payUrl();
    } catch (PaymentNotPossibleException e) {
      return page(model, id, Map.of("pay", "portal.pay.not-possible"), "");
    } catch (ProviderUnavailableException e) {
      return page(model, id, Map.of("pay", "portal.pay.unavailable"), "");
    }
  }

  @PostMapping("/offences/my-protocols/{id}/appeal")
  String appeal(
      @PathVariable String id, @RequestParam(defaultValue = "") String grounds, Model model) {
    CurrentUser user = currentUsers.current();
    if (grounds.isBlank()) {
      return page(model, id, Map.of("grounds", "portal.appeal.grounds-invalid"), grounds);
    }
    try {
      transitions.byHand(user, id, ProtocolTransition.APPEAL, grounds, null);
      return "redirect:/offences/my-protocols/" + id + "?appealed";
    } catch (InvalidInputException e) {
      return page(model, id, Map.of("grounds", "portal.appeal.grounds-invalid"), grounds);
    } catch (IllegalTransitionException | ProcedureRuleException e) {
      return page(model, id, Map.of("grounds", "portal.appeal.not-possible"), grounds);
    }
  }

  private String page(Model model, String id, Map<String, String> errors, String grounds) {
    CitizenProtocols.ProtocolPage page = citizenProtocols.page(currentUsers.current(), id);
    model.addAttribute("page", page);
    model.addAttribute("p", page.protocol());
    model.addAttribute("errors", errors);
    model.addAttribute("grounds", grounds);
    model.addAttribute("returned", Boolean.TRUE.equals(model.getAttribute("returned")));
    model.addAttribute("appealed", Boolean.TRUE.equals(model.getAttribute("appealed")));
    return "offences/my-protocol";
  }
}
