package kz.ecase.offences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

  final ProcedureTerms terms = ProcedureTerms.defaults();
  final ReminderPolicy policy = new ReminderPolicy(2, 5, terms);
  final LocalDate deadline = LocalDate.of(2026, 3, 11);

  @Test
  void discountReminderIsDueInTheLastDaysUpToTheDeadline() {
    assertThat(
            policy.discountReminderDue(ProtocolStatus.REGISTERED, deadline, deadline.minusDays(3)))
        .isFalse();
    assertThat(
            policy.discountReminderDue(ProtocolStatus.REGISTERED, deadline, deadline.minusDays(2)))
        .isTrue();
    assertThat(policy.discountReminderDue(ProtocolStatus.SERVED, deadline, deadline)).isTrue();
    assertThat(
            policy.discountReminderDue(ProtocolStatus.REGISTERED, deadline, deadline.plusDays(1)))
        .isFalse();
    assertThat(policy.discountReminderDue(ProtocolStatus.REGISTERED, null, deadline)).isFalse();
  }

  @Test
  void noReminderForAProtocolPaidCancelledReferredOrInEnforcement() {
    for (ProtocolStatus closed :
        new ProtocolStatus[] {
          ProtocolStatus.PAID,
          ProtocolStatus.CANCELLED,
          ProtocolStatus.REFERRED_TO_COURT,
          ProtocolStatus.SENT_TO_ENFORCEMENT
        }) {
      assertThat(policy.discountReminderDue(closed, deadline, deadline))
          .as(closed.name())
          .isFalse();
      assertThat(policy.paymentReminderDue(closed, deadline, deadline)).as(closed.name()).isEmpty();
    }
  }

  @Test
  void paymentReminderOnlyInForceAndInTheLastDaysOfTheVoluntaryTerm() {
    LocalDate inForceOn = LocalDate.of(2026, 4, 1);
    LocalDate paymentDeadline = terms.voluntaryPaymentDeadline(inForceOn);

    assertThat(
            policy.paymentReminderDue(
                ProtocolStatus.IN_FORCE, inForceOn, paymentDeadline.minusDays(6)))
        .isEmpty();
    assertThat(
            policy.paymentReminderDue(
                ProtocolStatus.IN_FORCE, inForceOn, paymentDeadline.minusDays(5)))
        .contains(paymentDeadline);
    assertThat(policy.paymentReminderDue(ProtocolStatus.IN_FORCE, inForceOn, paymentDeadline))
        .contains(paymentDeadline);
    assertThat(
            policy.paymentReminderDue(
                ProtocolStatus.IN_FORCE, inForceOn, paymentDeadline.plusDays(1)))
        .isEmpty();
    assertThat(policy.paymentReminderDue(ProtocolStatus.DECIDED, inForceOn, paymentDeadline))
        .isEmpty();
    assertThat(policy.earliestInForceOn(paymentDeadline)).isEqualTo(inForceOn);
  }

  @Test
  void refusesNegativeDays() {
    assertThatThrownBy(() -> new ReminderPolicy(-1, 5, terms))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
