package kz.ecase.persons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ecase.identity.Role;
import org.junit.jupiter.api.Test;

class LookupRatePolicyTest {

  private final LookupRatePolicy policy = new LookupRatePolicy();

  @Test
  void anOfficerIsFlaggedBeyondThirtyLookUpsAnHour() {
    assertThat(policy.isAbnormal(Role.OFFICER, 29)).as("the 30th").isFalse();
    assertThat(policy.isAbnormal(Role.OFFICER, 30)).as("the 31st").isTrue();
  }

  @Test
  void investigatorsReadMoreBeforeTheyAreFlagged() {
    assertThat(policy.isAbnormal(Role.INVESTIGATOR, 30)).isFalse();
    assertThat(policy.isAbnormal(Role.INVESTIGATOR, 60)).isTrue();
  }

  @Test
  void aRoleWithoutLookUpsIsAlwaysAbnormal() {
    assertThat(policy.isAbnormal(Role.ANALYST, 0)).isTrue();
  }
}
