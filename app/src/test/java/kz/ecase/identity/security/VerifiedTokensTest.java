package kz.ecase.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A token's signature is checked once; its expiry and issuer at every use. */
class VerifiedTokensTest {

  private static final String ISSUER = "urn:ecase";
  private static final Instant ISSUED = Instant.parse("2026-12-07T09:00:00Z");

  private final SecretKey key = new SecretKeySpec(new byte[32], "HmacSHA256");
  private final MutableClock clock = new MutableClock(ISSUED);
  private final OAuth2TokenValidator<Jwt> validator = validator(clock);
  private final AtomicInteger verifications = new AtomicInteger();
  private final VerifiedTokens tokens = tokens();

  @Test
  void aTokenIsVerifiedOnceAndThenKnown() {
    String token = token("officer-1", Duration.ofMinutes(15));
    assertThat(tokens.knows(token)).isFalse();

    assertThat(tokens.decode(token).getSubject()).isEqualTo("officer-1");
    assertThat(tokens.decode(token).getSubject()).isEqualTo("officer-1");
    assertThat(tokens.decode(token).getClaimAsString("ecase_unit")).isEqualTo("710001");

    assertThat(verifications).hasValue(1);
    assertThat(tokens.knows(token)).isTrue();
  }

  @Test
  void aKnownTokenIsRefusedOnceItHasExpired() {
    String token = token("officer-1", Duration.ofMinutes(15));
    tokens.decode(token);

    clock.now = ISSUED.plus(Duration.ofMinutes(15)).plusSeconds(61); // past the minute of skew

    assertThatThrownBy(() -> tokens.decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
    assertThat(tokens.knows(token)).isFalse();
    assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
  }

  @Test
  void aChangedTokenIsVerifiedAnewAndRefused() {
    String token = token("officer-1", Duration.ofMinutes(15));
    tokens.decode(token);
    String[] parts = token.split("\\.");
    String forged =
        parts[0] + "." + token("head-1", Duration.ofMinutes(15)).split("\\.")[1] + "." + parts[2];

    assertThat(tokens.knows(forged)).isFalse();
    assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
    assertThat(tokens.knows(forged)).isFalse();
  }

  @Test
  void aTokenOfAnotherKeyIsNeverKept() {
    SecretKey other =
        new SecretKeySpec(
            new byte[] {
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
              25, 26, 27, 28, 29, 30, 31, 32
            },
            "HmacSHA256");
    String token = token(other, "officer-1", Duration.ofMinutes(15));

    assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
    assertThat(tokens.knows(token)).isFalse();
  }

  private VerifiedTokens tokens() {
    NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).build();
    nimbus.setJwtValidator(validator);
    JwtDecoder counting =
        token -> {
          verifications.incrementAndGet();
          return nimbus.decode(token);
        };
    return new VerifiedTokens(counting, validator, Duration.ofMinutes(15));
  }

  private String token(String subject, Duration lifetime) {
    return token(key, subject, lifetime);
  }

  private static String token(SecretKey with, String subject, Duration lifetime) {
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(subject)
            .issuedAt(ISSUED)
            .expiresAt(ISSUED.plus(lifetime))
            .claims(c -> c.putAll(Map.of("ecase_role", "OFFICER", "ecase_unit", "710001")))
            .build();
    return NimbusJwtEncoder.withSecretKey(with)
        .algorithm(MacAlgorithm.HS256)
        .build()
        .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }

  private static OAuth2TokenValidator<Jwt> validator(Clock clock) {
    JwtTimestampValidator timestamps = new JwtTimestampValidator();
    timestamps.setClock(clock);
    return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
