package kz.ecase.identity.security;

import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.persistence.SignInAccounts;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;

/**
 * The one rule every way into ecase passes (form login, the token endpoint, ecase's own bearer
 * tokens, an external provider's tokens, an existing session):
 *
 * <ul>
 *   <li>a <b>sign-in</b> (a password on either path, an external provider's token) is refused while
 *       the identity is locked by wrong passwords, counted together whatever the path ({@link
 *       LoginThrottling});
 *   <li>a <b>disabled</b> account acts by no path: it cannot sign in, and its sessions and tokens
 *       stop working at their next request.
 * </ul>
 */
@Service
class SignInGate {

  private final LoginThrottling throttling;
  private final SignInAccounts accounts;

  SignInGate(LoginThrottling throttling, SignInAccounts accounts) {
    this.throttling = throttling;
    this.accounts = accounts;
  }

  /** Refuses a sign-in of a locked identity (a local username or an external principal). */
  void requireNotLocked(String principal) {
    if (throttling.isLocked(principal)) {
      throw new LockedException("Too many wrong passwords: try again later");
    }
  }

  /**
   * The local account as it stands now, for a request made with a session or a token issued
   * earlier; refused when the account is gone or disabled.
   */
  CurrentUser activeAccount(String username) {
    SignInAccounts.Standing standing =
        accounts
            .find(AccountUserDetailsService.normalise(username))
            .orElseThrow(() -> new DisabledException("The account no longer exists"));
    if (!standing.enabled()) {
      throw new DisabledException("The account is disabled");
    }
    return standing.user();
  }

  /** A sign-in with an external provider's token that stands for a mapped local account. */
  CurrentUser signInAs(String username) {
    requireNotLocked(AccountUserDetailsService.normalise(username));
    return activeAccount(username);
  }
}
