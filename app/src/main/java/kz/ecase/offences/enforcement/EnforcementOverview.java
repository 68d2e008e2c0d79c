package kz.ecase.offences.enforcement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.offences.enforcement.EnforcementOutbox.Referral;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What went to enforcement in the current user's jurisdiction and how it stands, for those who
 * oversee a jurisdiction's records (heads of unit, supervising prosecutors): the API and the page.
 */
@Service
class EnforcementOverview {

  private final EnforcementOutbox outbox;
  private final CurrentUsers currentUsers;

  EnforcementOverview(EnforcementOutbox outbox, CurrentUsers currentUsers) {
    this.outbox = outbox;
    this.currentUsers = currentUsers;
  }

  /**
   * Referrals newest first, of the status given by name (blank: all); the caller's role is checked
   * before the status is read.
   *
   * @throws InvalidInputException for a status there is not
   */
  List<Referral> referrals(String status, int limit) {
    String unit = overseer().unit().value();
    return outbox.referrals(unit, status(status), limit);
  }

  /** How many referrals stand in each status, every status listed. */
  Map<EnforcementStatus, Long> counts() {
    return outbox.counts(overseer().unit().value());
  }

  /** The status a user typed or picked; blank means all (null). */
  private static EnforcementStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return EnforcementStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "One of " + Arrays.toString(EnforcementStatus.values()));
    }
  }

  private CurrentUser overseer() {
    CurrentUser user = currentUsers.current();
    if (!user.role().allows(Action.VIEW_RECORD) || !user.role().allows(Action.VIEW_STATISTICS)) {
      throw new AccessDeniedException("Only those who oversee a jurisdiction see its enforcement");
    }
    return user;
  }
}
