package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.ecase.offences.domain.PaymentAllocation.Allocation;
import kz.ecase.offences.domain.PaymentAllocation.Outcome;
import org.junit.jupiter.api.Test;

class PaymentAllocationTest {

  static final LocalDate DEADLINE = LocalDate.of(2026, 12, 2);
  final PaymentAllocation withDiscount =
      new PaymentAllocation(new BigDecimal("43250.00"), DEADLINE);
  final PaymentAllocation withoutDiscount = new PaymentAllocation(new BigDecimal("43250.00"), null);

  @Test
  void halfTheFinePaidByTheDeadlineClosesWithTheDiscount() {
    Allocation a =
        withDiscount.allocate(ProtocolStatus.SERVED, DEADLINE, BigDecimal.ZERO, amount("21625.00"));

    assertThat(a.outcome()).isEqualTo(Outcome.PAID_WITH_DISCOUNT);
    assertThat(a.transition()).contains(ProtocolTransition.PAY_WITH_DISCOUNT);
    assertThat(a.excess()).isEqualByComparingTo("0");
    assertThat(a.needsStaff()).isFalse();
  }

  @Test
  void halfTheFinePaidADayLateIsOnlyAPartOfTheFullFine() {
    Allocation a =
        withDiscount.allocate(
            ProtocolStatus.DECIDED, DEADLINE.plusDays(1), BigDecimal.ZERO, amount("21625.00"));

    assertThat(a.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(a.transition()).isEmpty();
    assertThat(a.counted()).isEqualByComparingTo("21625.00");
    assertThat(a.due()).isEqualByComparingTo("43250.00");
  }

  @Test
  void partialPaymentsAddUpUntilTheyCoverTheFine() {
    Allocation first =
        withoutDiscount.allocate(
            ProtocolStatus.IN_FORCE, DEADLINE, BigDecimal.ZERO, amount("20000"));
    Allocation rest =
        withoutDiscount.allocate(
            ProtocolStatus.IN_FORCE, DEADLINE, first.counted(), amount("23250.00"));

    assertThat(first.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(rest.outcome()).isEqualTo(Outcome.PAID_IN_FULL);
    assertThat(rest.transition()).contains(ProtocolTransition.PAY_IN_FULL);
    assertThat(rest.excess()).isEqualByComparingTo("0");
  }

  @Test
  void anOverPaymentClosesAndFlagsTheExcessForRefund() {
    Allocation a =
        withDiscount.allocate(
            ProtocolStatus.REGISTERED, DEADLINE, BigDecimal.ZERO, amount("43250"));

    assertThat(a.outcome()).isEqualTo(Outcome.PAID_WITH_DISCOUNT);
    assertThat(a.counted()).isEqualByComparingTo("21625.00");
    assertThat(a.excess()).isEqualByComparingTo("21625.00");
    assertThat(a.attention()).contains("refund");
  }

  @Test
  void aPaymentWhileAppealedOrCancelledIsHeldForStaffAndChangesNothing() {
    for (ProtocolStatus status :
        new ProtocolStatus[] {
          ProtocolStatus.APPEALED, ProtocolStatus.CANCELLED, ProtocolStatus.REFERRED_TO_COURT
        }) {
      Allocation a = withDiscount.allocate(status, DEADLINE, BigDecimal.ZERO, amount("21625"));

      assertThat(a.outcome()).as("%s", status).isEqualTo(Outcome.HELD);
      assertThat(a.transition()).isEmpty();
      assertThat(a.counted()).isEqualByComparingTo("0");
      assertThat(a.attention()).contains(status.name());
    }
  }

  @Test
  void aPaymentAfterThePaymentIsRefunded() {
    Allocation a =
        withDiscount.allocate(ProtocolStatus.PAID, DEADLINE, amount("21625"), amount("100"));

    assertThat(a.outcome()).isEqualTo(Outcome.REFUND);
    assertThat(a.excess()).isEqualByComparingTo("100");
  }

  @Test
  void theFullFineBeforeADecisionWithoutTheDiscountWaitsForTheDecision() {
    Allocation a =
        withoutDiscount.allocate(ProtocolStatus.SERVED, DEADLINE, BigDecimal.ZERO, amount("43250"));

    assertThat(a.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(a.transition()).isEmpty();
    assertThat(a.needsStaff()).isTrue();
  }

  @Test
  void whatIsOutstandingFollowsTheDeadlineAndWhatWasPaid() {
    assertThat(withDiscount.outstanding(ProtocolStatus.DECIDED, DEADLINE, amount("625")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21000.00"));
    assertThat(
            withDiscount.outstanding(ProtocolStatus.DECIDED, DEADLINE.plusDays(1), amount("625")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("42625.00"));
    assertThat(withDiscount.outstanding(ProtocolStatus.APPEALED, DEADLINE, BigDecimal.ZERO))
        .isEmpty();
  }

  private static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }
}
