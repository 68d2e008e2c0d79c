package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
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

  /**
   * A payment of the day as the reconciliation page lists it.
   *
   * @param protocolNumber the number of the protocol it paid; null when no protocol matched
   * @param difference the kind of the report's line about it; null when it matched the statement
   */
  public record DayPayment(
      String providerPaymentId,
      String protocolNumber,
      String reference,
      BigDecimal amountKzt,
      Instant paidAt,
      String outcome,
      String difference) {

    public boolean matched() {
      return difference == null;
    }
  }

  private final Reconciliation reconciliation;
  private final PaymentVisibility visibility;
  private final PaymentStore store;
  private final ProcedureTerms terms;

  ReconciliationReports(
      Reconciliation reconciliation,
      ProtocolStore protocols,
      Authorization authorization,
      PaymentStore store,
      ProcedureTerms terms) {
    this.reconciliation = reconciliation;
    this.visibility = new PaymentVisibility(protocols, authorization);
    this.store = store;
    this.terms = terms;
  }

  /**
   * The day's recorded payments the user may see, with the protocol's number: those the report
   * found a difference about first, then the matched ones, each group by payment time.
   *
   * @param report the day's report as the user sees it, or null before the day's first run (then
   *     nothing is known to differ)
   */
  public List<DayPayment> payments(CurrentUser user, String day, Report report) {
    requireReader(user);
    Map<String, String> differences = new HashMap<>();
    if (report != null) {
      report.lines().forEach(line -> differences.put(line.providerPaymentId(), line.kind()));
    }
    List<StoredPayment> visible =
        store.paidOn(date(day), terms.zone()).stream()
            .filter(p -> visibility.maySee(user, p.protocolId()))
            .toList();
    Map<UUID, String> numbers =
        store.protocolNumbers(
            visible.stream().map(StoredPayment::protocolId).filter(Objects::nonNull).toList());
    return visible.stream()
        .map(
            p ->
                new DayPayment(
                    p.providerPaymentId(),
                    p.protocolId() == null ? null : numbers.get(p.protocolId()),
                    p.reference(),
                    p.amountKzt(),
                    p.paidAt(),
                    p.outcome(),
                    differences.get(p.providerPaymentId())))
        .sorted(Comparator.comparing(DayPayment::matched).thenComparing(DayPayment::paidAt))
        .toList();
  }

  /** The numbers of the protocols these payments paid, by the protocol's id. */
  public Map<String, String> protocolNumbers(List<StoredPayment> payments) {
    Map<String, String> numbers = new HashMap<>();
    store
        .protocolNumbers(
            payments.stream().map(StoredPayment::protocolId).filter(Objects::nonNull).toList())
        .forEach((id, number) -> numbers.put(id.toString(), number));
    return numbers;
  }

  /** The numbers of the protocols the report's lines are about, by the protocol's id. */
  public Map<String, String> protocolNumbers(Report report) {
    List<UUID> ids =
        report.lines().stream()
            .map(Line::protocolId)
            .filter(Objects::nonNull)
            .map(UUID::fromString)
            .distinct()
            .toList();
    Map<String, String> numbers = new HashMap<>();
    store.protocolNumbers(ids).forEach((id, number) -> numbers.put(id.toString(), number));
    return numbers;
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
