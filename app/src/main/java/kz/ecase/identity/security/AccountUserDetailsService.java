package kz.ecase.identity.security;

import java.util.Locale;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.identity.persistence.UnitRepository;
import kz.ecase.identity.persistence.UserAccountRepository;
import kz.ecase.identity.persistence.UserAccountRow;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for login; usernames are case-insensitive. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final UserAccountRepository accounts;
  private final UnitRepository units;

  AccountUserDetailsService(UserAccountRepository accounts, UnitRepository units) {
    this.accounts = accounts;
    this.units = units;
  }

  static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public AccountUserDetails loadUserByUsername(String username) {
    UserAccountRow account =
        accounts
            .findByUsername(normalise(username))
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    return new AccountUserDetails(
        toCurrentUser(account), account.passwordHash(), account.enabled());
  }

  private CurrentUser toCurrentUser(UserAccountRow account) {
    UnitCode unit =
        account.unitId() == null
            ? null
            : UnitCode.of(units.findById(account.unitId()).orElseThrow().code());
    Iin iin = account.iin() == null ? null : Iin.of(account.iin());
    return new CurrentUser(
        account.username(), account.displayName(), Role.valueOf(account.role()), unit, iin);
  }
}
