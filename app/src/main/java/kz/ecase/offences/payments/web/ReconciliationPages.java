package kz.ecase.offences.payments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.payments.PaymentProviderClient.ProviderUnavailableException;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.payments.ProtocolPayments;
import kz.ecase.offences.payments.Reconciliation.Report;
import kz.ecase.offences.payments.ReconciliationReports;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The heads of unit's page of the daily payment reconciliation: the day's report (who made it, by
 * name), the day's payments with their protocol's number (those the report found a difference about
 * first, then the matched ones), and the payments that need staff.
 */
@Controller
class ReconciliationPages {

  private final ReconciliationReports reports;
  private final ProtocolPayments payments;
  private final CurrentUsers currentUsers;
  private final ProcedureTerms terms;
  private final Clock clock;

  ReconciliationPages(
      ReconciliationReports reports,
      ProtocolPayments payments,
      CurrentUsers currentUsers,
      ProcedureTerms terms,
      Clock clock) {
    this.reports = reports;
    this.payments = payments;
    this.currentUsers = currentUsers;
    this.terms = terms;
    this.clock = clock;
  }

  @GetMapping("/offences/payments/reconciliations")
  @PreAuthorize("hasAnyRole('HEAD_OF_UNIT', 'SUPERVISING_PROSECUTOR')")
  String reconciliation(@RequestParam(required = false) String date, Model model) {
    CurrentUser user = currentUsers.current();
    String day =
        date == null || date.isBlank()
            ? LocalDate.now(clock.withZone(terms.zone())).minusDays(1).toString()
            : date;
    Report report = null;
    try {
      report = reports.latest(user, day);
    } catch (NotFoundException e) {
      // not reconciled yet: the day's payments are listed all the same
    } catch (InvalidInputException e) {
      return page(model, day, "reconciliation.date-invalid");
    }
    model.addAttribute("report", report);
    model.addAttribute("numbers", report == null ? Map.of() : reports.protocolNumbers(report));
    model.addAttribute("dayPayments", reports.payments(user, day, report));
    model.addAttribute("date", day);
    flagged(model, user);
    return "offences/reconciliation";
  }

  @PostMapping("/offences/payments/reconciliations")
  @PreAuthorize("hasRole('HEAD_OF_UNIT')")
  String reconcile(@RequestParam(defaultValue = "") String date, Model model) {
    try {
      reports.run(currentUsers.current(), date);
      return "redirect:/offences/payments/reconciliations?date=" + ReconciliationReports.date(date);
    } catch (InvalidInputException e) {
      return page(model, date, "reconciliation.date-invalid");
    } catch (ProviderUnavailableException e) {
      return page(model, date, "portal.pay.unavailable");
    }
  }

  private void flagged(Model model, CurrentUser user) {
    List<StoredPayment> flagged = payments.flagged(user);
    model.addAttribute("flagged", flagged);
    model.addAttribute("flaggedNumbers", reports.protocolNumbers(flagged));
  }

  private String page(Model model, String date, String dateError) {
    model.addAttribute("date", date);
    flagged(model, currentUsers.current());
    model.addAttribute("report", null);
    model.addAttribute("numbers", Map.of());
    model.addAttribute("dayPayments", List.of());
    model.addAttribute("dateError", dateError);
    return "offences/reconciliation";
  }
}
