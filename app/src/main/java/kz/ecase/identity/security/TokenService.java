package kz.ecase.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.identity.CurrentUser;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Issues ecase's short-lived bearer tokens (HS256 JWTs) with the claims an external IdP sends. */
@Service
class TokenService {

  /** A token and its lifetime in seconds. */
  record IssuedToken(String value, long expiresInSeconds) {}

  private final JwtEncoder encoder;
  private final SecurityProperties properties;
  private final Clock clock;

  TokenService(JwtEncoder encoder, SecurityProperties properties, Clock clock) {
    this.encoder = encoder;
    this.properties = properties;
    this.clock = clock;
  }

  IssuedToken issue(CurrentUser user) {
    Instant now = clock.instant();
    SecurityProperties.Oidc claims = properties.oidc();
    JwtClaimsSet.Builder set =
        JwtClaimsSet.builder()
            .issuer(properties.token().issuer())
            .subject(user.username())
            .id(UUID.randomUUID().toString())
            .issuedAt(now)
            .expiresAt(now.plus(properties.token().lifetime()))
            .claim(claims.usernameClaim(), user.username())
            .claim(claims.nameClaim(), user.displayName())
            .claim(claims.roleClaim(), user.role().name());
    if (user.unit() != null) {
      set.claim(claims.unitClaim(), user.unit().value());
    }
    if (user.iin() != null) {
      set.claim(claims.iinClaim(), user.iin().value());
    }
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    String token = encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
    return new IssuedToken(token, properties.token().lifetime().toSeconds());
  }
}
