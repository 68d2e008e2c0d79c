package kz.ecase.identity;

import java.io.Serializable;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * The user a request acts for, whether signed in by form, by an ecase token or by an external
 * provider's token.
 *
 * <p>Serializable because it lives in the web session, which PostgreSQL stores
 * (identity/security/WebSessions); so are the value types it holds.
 *
 * @param unit the unit whose jurisdiction the user acts in; null for citizens and lawyers
 * @param iin the citizen's or lawyer's IIN; null for staff
 */
public record CurrentUser(String username, String displayName, Role role, UnitCode unit, Iin iin)
    implements Serializable {

  public CurrentUser {
    if (role.personal() ? iin == null : unit == null) {
      throw new IllegalArgumentException(
          role.personal() ? "A citizen or a lawyer needs an IIN" : "Staff need a unit");
    }
  }
}
