package kz.ecase.identity.domain;

import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;

/**
 * The single rule of access: the role must allow the action, and the record must lie in the user's
 * jurisdiction (their unit and the units below it); a citizen sees only records about themselves; a
 * restricted record only its assigned team sees, whatever their rank; a lawyer only the records
 * they were admitted to (by IIN). Outside jurisdiction or team the record is hidden (404), so that
 * its existence does not leak.
 */
public final class AccessPolicy {

  public AccessDecision decide(CurrentUser user, Action action, RecordScope record) {
    if (!user.role().allows(action)) {
      return AccessDecision.FORBIDDEN;
    }
    if (user.role() == Role.LAWYER) {
      return record.admitted().contains(user.iin().value())
          ? AccessDecision.PERMITTED
          : AccessDecision.HIDDEN;
    }
    boolean inJurisdiction =
        user.role() == Role.CITIZEN
            ? user.iin().equals(record.subject())
            : user.unit().covers(record.unit());
    if (!inJurisdiction) {
      return AccessDecision.HIDDEN;
    }
    boolean inTeam =
        record.secrecy() == RecordScope.Secrecy.ORDINARY || record.team().contains(user.username());
    return inTeam ? AccessDecision.PERMITTED : AccessDecision.HIDDEN;
  }
}
