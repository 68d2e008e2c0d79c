package kz.ecase.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login, tokens and lock-out.
 *
 * @param token ecase's own bearer tokens
 * @param lockout what wrong passwords lead to
 * @param oidc an external OpenID Connect provider whose tokens are accepted too
 */
@ConfigurationProperties("ecase.security")
public record SecurityProperties(
    @DefaultValue Token token, @DefaultValue Lockout lockout, @DefaultValue Oidc oidc) {

  /**
   * @param issuer the {@code iss} of ecase's tokens
   * @param lifetime how long a token is valid
   * @param secret HMAC-SHA256 key, at least 32 bytes (ECASE_TOKEN_SECRET); when empty outside
   *     production, one is generated and kept in the data directory
   */
  public record Token(
      @DefaultValue("urn:ecase") String issuer,
      @DefaultValue("15m") Duration lifetime,
      @DefaultValue("") String secret) {}

  public record Lockout(
      @DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {}

  /**
   * Claims of an external provider's tokens (defaults suit a Keycloak client with mappers for the
   * ecase claims).
   *
   * @param issuer issuer URI (ECASE_OIDC_ISSUER); empty: only ecase's own tokens are accepted
   */
  public record Oidc(
      @DefaultValue("") String issuer,
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue("name") String nameClaim,
      @DefaultValue("ecase_role") String roleClaim,
      @DefaultValue("ecase_unit") String unitClaim,
      @DefaultValue("ecase_iin") String iinClaim) {}
}
