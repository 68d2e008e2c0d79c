package kz.ecase.identity.security;

import java.util.List;
import kz.ecase.identity.CurrentUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a bearer token, ecase's own or an external provider's. */
class CurrentUserAuthentication extends AbstractAuthenticationToken {

  private final CurrentUser user;
  private final transient Jwt token;

  CurrentUserAuthentication(CurrentUser user, Jwt token) {
    super(List.of(new SimpleGrantedAuthority(user.role().authority())));
    this.user = user;
    this.token = token;
    setAuthenticated(true);
  }

  @Override
  public CurrentUser getPrincipal() {
    return user;
  }

  @Override
  public Jwt getCredentials() {
    return token;
  }

  @Override
  public String getName() {
    return user.username();
  }
}
