package kz.ecase.identity.security;

import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.identity.domain.ExternalPrincipal;
import kz.ecase.identity.persistence.SignInAccounts;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Who a bearer token stands for, keyed by its source and subject (an identity provider's usernames
 * never meet ecase's own):
 *
 * <ul>
 *   <li>ecase's own token: the local account it was issued to, as the account stands now (a
 *       disabled account's tokens stop working; a moved account acts in its new unit);
 *   <li>an external provider's token whose (issuer, subject) an administrator mapped to a local
 *       account: that account, with its own role and unit (the token's claims are ignored);
 *   <li>any other external token: its own principal {@link ExternalPrincipal#nameOf}, with the
 *       role, unit or IIN of its claims (claim names are configuration, so that a provider such as
 *       Keycloak needs only claim mappers). A token without a known role, or a staff token without
 *       a unit, is refused.
 * </ul>
 *
 * Every one passes the {@link SignInGate}.
 */
@Component
class TokenIdentities {

  private final SignInGate gate;
  private final SignInAccounts accounts;
  private final SecurityProperties.Oidc claims;

  TokenIdentities(SignInGate gate, SignInAccounts accounts, SecurityProperties properties) {
    this.gate = gate;
    this.accounts = accounts;
    this.claims = properties.oidc();
  }

  /** For ecase's own tokens. */
  Converter<Jwt, AbstractAuthenticationToken> own() {
    return jwt -> {
      String username = jwt.getClaimAsString(claims.usernameClaim());
      return new CurrentUserAuthentication(
          gate.activeAccount(username == null ? jwt.getSubject() : username), jwt);
    };
  }

  /** For the tokens of the external provider whose issuer is {@code issuer}. */
  Converter<Jwt, AbstractAuthenticationToken> external(String issuer) {
    return jwt -> {
      String subject = jwt.getSubject();
      if (subject == null || subject.isBlank()) {
        throw new InvalidBearerTokenException("The token names no subject");
      }
      CurrentUser user =
          accounts
              .mappedAccount(issuer, subject)
              .map(gate::signInAs)
              .orElseGet(() -> unmapped(ExternalPrincipal.nameOf(issuer, subject), jwt));
      return new CurrentUserAuthentication(user, jwt);
    };
  }

  private CurrentUser unmapped(String principal, Jwt jwt) {
    gate.requireNotLocked(principal);
    try {
      String name = jwt.getClaimAsString(claims.nameClaim());
      if (name == null) {
        name = jwt.getClaimAsString(claims.usernameClaim());
      }
      String unit = jwt.getClaimAsString(claims.unitClaim());
      String iin = jwt.getClaimAsString(claims.iinClaim());
      return new CurrentUser(
          principal,
          name == null ? principal : name,
          Role.valueOf(jwt.getClaimAsString(claims.roleClaim())),
          unit == null ? null : UnitCode.of(unit),
          iin == null ? null : Iin.of(iin));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidBearerTokenException(
          "The token does not name a valid ecase role with its unit or IIN");
    }
  }
}
