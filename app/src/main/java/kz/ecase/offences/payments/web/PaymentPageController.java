package kz.ecase.offences.payments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.ProtocolTransitions;
import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.domain.ProtocolTransition;
import kz.ecase.offences.payments.CitizenProtocols;
import kz.ecase.offences.payments.CitizenProtocols.PaymentNotPossibleException;
import kz.ecase.offences.payments.PaymentProviderClient.ProviderUnavailableException;
import kz.ecase.offences.payments.ProtocolPayments;
import kz.ecase.offences.payments.ReconciliationReports;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The citizen portal's page of the person's protocols (pay through the provider, appeal within the
 * term), and the heads of unit's page of the daily payment reconciliation.
 */
@Controller
class PaymentPageController {

  private final CitizenProtocols citizenProtocols;
  private final ProtocolTransitions transitions;
  private final ReconciliationReports reports;
  private final ProtocolPayments payments;
  private final CurrentUsers currentUsers;
  private final ProcedureTerms terms;
  private final Clock clock;

  PaymentPageController(
      CitizenProtocols citizenProtocols,
      ProtocolTransitions transitions,
      ReconciliationReports reports,
      ProtocolPayments payments,
      CurrentUsers currentUsers,
      ProcedureTerms terms,
      Clock clock) {
    this.citizenProtocols = citizenProtocols;
    this.transitions = transitions;
    this.reports = reports;
    this.payments = payments;
    this.currentUsers = currentUsers;
    this.terms = terms;
    this.clock = clock;
  }

  @GetMapping("/offences/my-protocols")
  @PreAuthorize("hasRole('CITIZEN')")
  String mine(@RequestParam(required = false) String payment, Model model) {
    model.addAttribute("protocols", citizenProtocols.mine(currentUsers.current()));
    model.addAttribute("returned", payment != null);
    return "offences/my-protocols";
  }

  @PostMapping("/offences/my-protocols/{id}/pay")
  @PreAuthorize("hasRole('CITIZEN')")
  String pay(@PathVariable String id, Model model) {
    String back =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/offences/my-protocols")
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
  @PreAuthorize("hasRole('CITIZEN')")
  String appeal(
      @PathVariable String id, @RequestParam(defaultValue = "") String grounds, Model model) {
    CurrentUser user = currentUsers.current();
    try {
      transitions.byHand(user, id, ProtocolTransition.APPEAL, grounds, null);
      return "redirect:/offences/my-protocols?appealed=" + id;
    } catch (InvalidInputException e) {
      return page(model, id, Map.of("grounds", "portal.appeal.grounds-invalid"), grounds);
    } catch (IllegalTransitionException | ProcedureRuleException e) {
      return page(model, id, Map.of("grounds", "portal.appeal.not-possible"), grounds);
    }
  }

  private String page(Model model, String id, Map<String, String> errors, String grounds) {
    model.addAttribute("protocols", citizenProtocols.mine(currentUsers.current()));
    model.addAttribute("returned", false);
    model.addAttribute("errorFor", id);
    model.addAttribute("errors", errors);
    model.addAttribute("grounds", grounds);
    return "offences/my-protocols";
  }

  @GetMapping("/offences/payments/reconciliations")
  @PreAuthorize("hasAnyRole('HEAD_OF_UNIT', 'SUPERVISING_PROSECUTOR')")
  String reconciliation(@RequestParam(required = false) String date, Model model) {
    String day =
        date == null || date.isBlank()
            ? LocalDate.now(clock.withZone(terms.zone())).minusDays(1).toString()
            : date;
    model.addAttribute("date", day);
    model.addAttribute("flagged", payments.flagged(currentUsers.current()));
    try {
      model.addAttribute("report", reports.latest(currentUsers.current(), day));
    } catch (NotFoundException e) {
      model.addAttribute("report", null);
    } catch (InvalidInputException e) {
      model.addAttribute("report", null);
      model.addAttribute("dateError", "reconciliation.date-invalid");
    }
    return "offences/reconciliation";
  }

  @PostMapping("/offences/payments/reconciliations")
  @PreAuthorize("hasRole('HEAD_OF_UNIT')")
  String reconcile(@RequestParam(defaultValue = "") String date, Model model) {
    try {
      reports.run(currentUsers.current(), date);
      return "redirect:/offences/payments/reconciliations?date=" + ReconciliationReports.date(date);
    } catch (InvalidInputException e) {
      model.addAttribute("date", date);
      model.addAttribute("flagged", payments.flagged(currentUsers.current()));
      model.addAttribute("report", null);
      model.addAttribute("dateError", "reconciliation.date-invalid");
      return "offences/reconciliation";
    } catch (ProviderUnavailableException e) {
      model.addAttribute("date", date);
      model.addAttribute("flagged", payments.flagged(currentUsers.current()));
      model.addAttribute("report", null);
      model.addAttribute("dateError", "portal.pay.unavailable");
      return "offences/reconciliation";
    }
  }
}
