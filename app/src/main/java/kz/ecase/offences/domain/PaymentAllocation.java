package kz.ecase.offences.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a payment does to its protocol, in one place. Paid on or before the discount deadline, while
 * the discount applies and the case is open (registered, served or decided), half the fine closes
 * it with the discount; otherwise, once a fine is decided (decided, in force, sent to enforcement),
 * the full fine closes it. Payments of one protocol add up: until their sum covers what is due the
 * status stays and the money is counted towards it. What goes beyond is flagged for refund. A
 * payment the protocol's state does not allow (appealed, cancelled, referred to court, or already
 * paid) changes nothing, is held and flagged for staff: money is never lost.
 *
 * @param fine the fine in tenge
 * @param discountDeadline the last day of the discounted payment; null when the discount does not
 *     apply
 */
public record PaymentAllocation(BigDecimal fine, LocalDate discountDeadline) {

  /** What a payment came to. */
  public enum Outcome {
    PAID_WITH_DISCOUNT,
    PAID_IN_FULL,
    PARTIAL,
    HELD,
    REFUND
  }

  /**
   * The allocation of one payment.
   *
   * @param due what was due on the day it was paid
   * @param counted the part counted towards the fine
   * @param excess the part beyond what was due, to refund
   * @param attention why staff must look at it; empty when nothing
   */
  public record Allocation(
      Outcome outcome,
      Optional<ProtocolTransition> transition,
      BigDecimal due,
      BigDecimal counted,
      BigDecimal excess,
      String attention) {

    public boolean needsStaff() {
      return !attention.isEmpty();
    }
  }

  private static final Set<ProtocolStatus> DISCOUNT_STATES =
      EnumSet.of(ProtocolStatus.REGISTERED, ProtocolStatus.SERVED, ProtocolStatus.DECIDED);
  private static final Set<ProtocolStatus> FINE_STATES =
      EnumSet.of(
          ProtocolStatus.DECIDED, ProtocolStatus.IN_FORCE, ProtocolStatus.SENT_TO_ENFORCEMENT);
  private static final Set<ProtocolStatus> BEFORE_DECISION =
      EnumSet.of(ProtocolStatus.REGISTERED, ProtocolStatus.SERVED);

  public PaymentAllocation {
    if (fine == null || fine.signum() <= 0) {
      throw new IllegalArgumentException("a fine is positive");
    }
  }

  /**
   * Allocates a payment of {@code amount} made on {@code paidOn} to a protocol in {@code status},
   * after earlier payments that counted {@code earlier} towards its fine.
   */
  public Allocation allocate(
      ProtocolStatus status, LocalDate paidOn, BigDecimal earlier, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("a payment is positive");
    }
    if (status == ProtocolStatus.PAID) {
      return new Allocation(
          Outcome.REFUND,
          Optional.empty(),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          amount,
          "the protocol is already paid: refund the payment");
    }
    Optional<BigDecimal> due = dueOn(status, paidOn);
    if (due.isEmpty()) {
      return new Allocation(
          Outcome.HELD,
          Optional.empty(),
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          BigDecimal.ZERO,
          "the protocol is " + status + ": the payment is held for staff to decide");
    }
    BigDecimal total = earlier.add(amount);
    if (total.compareTo(due.get()) < 0) {
      return new Allocation(
          Outcome.PARTIAL, Optional.empty(), due.get(), amount, BigDecimal.ZERO, "");
    }
    BigDecimal excess = total.subtract(due.get());
    BigDecimal counted = amount.subtract(excess);
    String refund = excess.signum() > 0 ? "over-payment of " + excess + " ₸: refund it" : "";
    if (discounted(status, paidOn)) {
      return new Allocation(
          Outcome.PAID_WITH_DISCOUNT,
          Optional.of(ProtocolTransition.PAY_WITH_DISCOUNT),
          due.get(),
          counted,
          excess,
          refund);
    }
    if (BEFORE_DECISION.contains(status)) {
      return new Allocation(
          Outcome.PARTIAL,
          Optional.empty(),
          due.get(),
          amount,
          BigDecimal.ZERO,
          "the fine is paid before a decision: apply it when the fine is decided");
    }
    return new Allocation(
        Outcome.PAID_IN_FULL,
        Optional.of(ProtocolTransition.PAY_IN_FULL),
        due.get(),
        counted,
        excess,
        refund);
  }

  /**
   * What a payment made on {@code day} must come to in all: half the fine while the discount
   * applies, otherwise the full fine; empty when the protocol's state does not take payments.
   */
  public Optional<BigDecimal> dueOn(ProtocolStatus status, LocalDate day) {
    if (discounted(status, day)) {
      return Optional.of(fine.multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.HALF_UP));
    }
    if (FINE_STATES.contains(status) || BEFORE_DECISION.contains(status)) {
      return Optional.of(fine);
    }
    return Optional.empty();
  }

  /** What is still to pay on {@code day} after {@code paid} counted so far. */
  public Optional<BigDecimal> outstanding(ProtocolStatus status, LocalDate day, BigDecimal paid) {
    return dueOn(status, day).map(due -> due.subtract(paid).max(BigDecimal.ZERO));
  }

  private boolean discounted(ProtocolStatus status, LocalDate day) {
    return discountDeadline != null
        && !day.isAfter(discountDeadline)
        && DISCOUNT_STATES.contains(status);
  }
}
