package kz.ecase.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password login for the web form and the token endpoint alike (both use the one {@code
 * AuthenticationManager} that holds this provider): a username with too many wrong passwords in a
 * row is locked for a while, whether or not the account exists, and a wrong password never says
 * which of the two was wrong.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottling throttling;
  private final SignInGate gate;

  ThrottledAuthenticationProvider(
      AuthenticationProvider passwords, LoginThrottling throttling, SignInGate gate) {
    this.passwords = passwords;
    this.throttling = throttling;
    this.gate = gate;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String key = AccountUserDetailsService.normalise(authentication.getName());
    gate.requireNotLocked(key);
    try {
      Authentication result = passwords.authenticate(authentication);
      throttling.recordSuccess(key);
      return result;
    } catch (BadCredentialsException e) {
      throttling.recordFailure(key);
      throw new BadCredentialsException("Wrong password or unknown username");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
