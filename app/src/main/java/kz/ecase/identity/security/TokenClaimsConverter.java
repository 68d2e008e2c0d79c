package kz.ecase.identity.security;

import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the user from a token's claims (the claim names are configuration, so that an external
 * provider such as Keycloak needs only claim mappers, no code). A token without a known role, or a
 * staff token without a unit, is refused.
 */
class TokenClaimsConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  private final SecurityProperties.Oidc claims;

  TokenClaimsConverter(SecurityProperties.Oidc claims) {
    this.claims = claims;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    try {
      String username = jwt.getClaimAsString(claims.usernameClaim());
      if (username == null) {
        username = jwt.getSubject();
      }
      String name = jwt.getClaimAsString(claims.nameClaim());
      Role role = Role.valueOf(jwt.getClaimAsString(claims.roleClaim()));
      String unit = jwt.getClaimAsString(claims.unitClaim());
      String iin = jwt.getClaimAsString(claims.iinClaim());
      CurrentUser user =
          new CurrentUser(
              username,
              name == null ? username : name,
              role,
              unit == null ? null : UnitCode.of(unit),
              iin == null ? null : Iin.of(iin));
      return new CurrentUserAuthentication(user, jwt);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidBearerTokenException(
          "The token does not name a valid ecase role with its unit or IIN");
    }
  }
}
