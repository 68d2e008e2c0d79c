package kz.ecase.offences.payments;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.offences.payments.Reconciliation.Line;
import kz.ecase.offences.payments.Reconciliation.Report;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reconciliation reports as heads of unit (and supervising prosecutors) see them: only the lines of
 * protocols within their jurisdiction, and those of payments no protocol matched. Heads of unit may
 * run a day's reconciliation again.
 */
@Service
public class ReconciliationReports {

  private final Reconciliation reconciliation;
  private final PaymentVisibility visibility;

  ReconciliationReports(
      Reconciliation reconciliation, ProtocolStore protocols, Authorization authorization) {
    this.reconciliation = reconciliation;
    this.visibility = new PaymentVisibility(protocols, authorization);
  }

  public Report latest(CurrentUser user, String day) {
    requireReader(user);
    LocalDate date = date(day);
    return reconciliation
        .latest(date)
        .map(report -> visible(user, report))
        .orElseThrow(() -> new NotFoundException("No reconciliation of " + date + " yet"));
  }

  public Report run(CurrentUser user, String day) {
    if (user.role() != Role.HEAD_OF_UNIT) {
      throw new AccessDeniedException("Heads of unit run reconciliations");
    }
    return visible(user, reconciliation.reconcile(date(day), user.username(), false));
  }

  private Report visible(CurrentUser user, Report report) {
    List<Line> lines = report.lines().stream().filter(line -> maySee(user, line)).toList();
    return new Report(
        report.day(),
        report.run(),
        report.madeAt(),
        report.madeBy(),
        report.statementPayments(),
        report.recordedPayments(),
        lines);
  }

  private boolean maySee(CurrentUser user, Line line) {
    return visibility.maySee(
        user, line.protocolId() == null ? null : UUID.fromString(line.protocolId()));
  }

  private static void requireReader(CurrentUser user) {
    if (user.role() != Role.HEAD_OF_UNIT && user.role() != Role.SUPERVISING_PROSECUTOR) {
      throw new AccessDeniedException("Reconciliations are for heads of unit and supervisors");
    }
  }

  public static LocalDate date(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException("date", "A date is YYYY-MM-DD");
    }
  }
}
