package kz.ecase.offences.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnforcementStatusTest {

  @Test
  void untilAcknowledgedAReferralIsSentOrFailingByItsLastAttempt() {
    assertThat(EnforcementStatus.of(false, false, false, null)).isEqualTo(EnforcementStatus.SENT);
    assertThat(EnforcementStatus.of(false, false, false, "AIS BEP answered 503"))
        .isEqualTo(EnforcementStatus.FAILING);
  }

  @Test
  void theLatestAnswerOfAisBepDecides() {
    assertThat(EnforcementStatus.of(true, false, false, null))
        .isEqualTo(EnforcementStatus.ACKNOWLEDGED);
    assertThat(EnforcementStatus.of(true, true, false, null)).isEqualTo(EnforcementStatus.EXECUTED);
    assertThat(EnforcementStatus.of(true, false, true, null)).isEqualTo(EnforcementStatus.RETURNED);
  }

  @Test
  void onlyAnAcknowledgedCaseIsAskedAbout() {
    assertThat(EnforcementStatus.values())
        .filteredOn(EnforcementStatus::open)
        .containsExactly(EnforcementStatus.ACKNOWLEDGED);
  }
}
