package kz.ecase.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * ecase's own bearer tokens, their signature checked once per token rather than once per request. A
 * token is a string signed with ecase's HMAC key, which does not change while the instance runs:
 * once the same string has been verified, what it says is known, so its decoded claims are kept (up
 * to {@link #MAXIMUM} tokens, none longer than a token lives). What changes with time is checked
 * again on every request: the validator (expiry, not-before, issuer) runs on the kept claims, and
 * the account's standing is read by {@link TokenIdentities} as before. Parsing the token twice
 * (once for its issuer), verifying its MAC and converting its claims took about 3 % of a protocol
 * registration's CPU (docs/BENCHMARKS.md, issue 15).
 */
final class VerifiedTokens implements JwtDecoder {

  /** Tokens kept: far more than the officers signed in to one instance at once. */
  static final int MAXIMUM = 4096;

  private final JwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Cache<String, Jwt> verified;

  /**
   * @param verifier checks the signature and runs the validator
   * @param validator the same validator, run again on a kept token at every use
   * @param lifetime how long a token lives: none is kept longer
   */
  VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Duration lifetime) {
    this.verifier = verifier;
    this.validator = validator;
    this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfterWrite(lifetime).build();
  }

  @Override
  public Jwt decode(String token) {
    Jwt known = verified.getIfPresent(token);
    if (known == null) {
      Jwt jwt = verifier.decode(token);
      verified.put(token, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = validator.validate(known);
    if (result.hasErrors()) {
      verified.invalidate(token);
      throw new JwtValidationException(
          result.getErrors().iterator().next().getDescription(), result.getErrors());
    }
    return known;
  }

  /** Whether this token was verified already (and so is ecase's own). */
  boolean knows(String token) {
    return verified.getIfPresent(token) != null;
  }
}
