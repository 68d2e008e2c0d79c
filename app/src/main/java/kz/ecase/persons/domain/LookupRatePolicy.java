package kz.ecase.persons.domain;

import java.util.Map;
import kz.ecase.identity.Role;

/**
 * When a user's look-ups are abnormal for their role: more in the last hour than the work of the
 * role explains. A patrol officer drawing up protocols needs a look-up every few minutes at most;
 * an investigator or prosecutor working a case file reads more. Flagged look-ups still run (the
 * officer may have a good reason) but their head of unit sees the flag.
 */
public final class LookupRatePolicy {

  private static final Map<Role, Integer> HOURLY_LIMIT =
      Map.of(
          Role.OFFICER, 30,
          Role.INVESTIGATOR, 60,
          Role.HEAD_OF_UNIT, 60,
          Role.DUTY_PROSECUTOR, 60,
          Role.SUPERVISING_PROSECUTOR, 60);

  /** The most look-ups an hour the role's work explains. */
  public int hourlyLimit(Role role) {
    return HOURLY_LIMIT.getOrDefault(role, 0);
  }

  /**
   * @param inLastHour the user's look-ups in the hour before this one
   */
  public boolean isAbnormal(Role role, long inLastHour) {
    return inLastHour + 1 > hourlyLimit(role);
  }
}
