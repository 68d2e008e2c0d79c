package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the offender is reminded of a deadline by SMS: in the last {@code discountDaysBefore} days
 * before the discounted payment ends (deadline included) while the protocol is still open, and in
 * the last {@code paymentDaysBefore} days before the voluntary payment of a decision in force ends.
 * Never for a protocol paid, cancelled, referred to court or sent to enforcement.
 */
public record ReminderPolicy(int discountDaysBefore, int paymentDaysBefore, ProcedureTerms terms) {

  public ReminderPolicy {
    if (discountDaysBefore < 0 || paymentDaysBefore < 0) {
      throw new IllegalArgumentException("Reminders are due a non-negative number of days before");
    }
  }

  /** Whether a protocol in this status is reminded of its discount deadline today. */
  public boolean discountReminderDue(
      ProtocolStatus status, LocalDate discountDeadline, LocalDate today) {
    return discountDeadline != null
        && open(status)
        && within(today, discountDeadline, discountDaysBefore);
  }

  /**
   * The voluntary payment deadline to remind of today, for a protocol in this status since {@code
   * inForceOn}; empty when none is due.
   */
  public Optional<LocalDate> paymentReminderDue(
      ProtocolStatus status, LocalDate inForceOn, LocalDate today) {
    if (status != ProtocolStatus.IN_FORCE || inForceOn == null) {
      return Optional.empty();
    }
    LocalDate deadline = terms.voluntaryPaymentDeadline(inForceOn);
    return within(today, deadline, paymentDaysBefore) ? Optional.of(deadline) : Optional.empty();
  }

  /** The earliest entry into force whose payment deadline may be reminded of today. */
  public LocalDate earliestInForceOn(LocalDate today) {
    return today.minus(terms.voluntaryPaymentTerm());
  }

  private static boolean open(ProtocolStatus status) {
    return !status.isFinal() && status != ProtocolStatus.SENT_TO_ENFORCEMENT;
  }

  private static boolean within(LocalDate today, LocalDate deadline, int daysBefore) {
    return !today.isAfter(deadline) && !today.isBefore(deadline.minusDays(daysBefore));
  }
}
