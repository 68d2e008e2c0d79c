package kz.ecase.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code ECASE_OIDC_ISSUER} set, tokens of an external OpenID Connect provider are accepted
 * beside ecase's own, with no code change: a stand-in provider here publishes its discovery
 * document and keys over HTTP, as Keycloak does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExternalIdentityProviderIT {

  static final String SUBJECT = "7c1e1c9e-0d0b-4a8e-9d1f-2f1f5b3c0a11";
  static final RSAKey PROVIDER_KEY = newKey("provider");
  static final HttpServer PROVIDER = startProvider();
  static final String ISSUER =
      "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/mvd";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void externalIssuer(DynamicPropertyRegistry registry) {
    registry.add("ecase.security.oidc.issuer", () -> ISSUER);
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop(0);
  }

  @Test
  void providersTokenActsWithTheRoleAndUnitOfItsClaims() {
    String token =
        sign(PROVIDER_KEY, ISSUER, Map.of("ecase_role", "INVESTIGATOR", "ecase_unit", "710002"));

    Reply me =
        new HttpClientSession(port).get("/api/identity/me", "Authorization", "Bearer " + token);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).startsWith("ext:").endsWith(SUBJECT);
    assertThat(me.json().get("displayName").asString()).isEqualTo("Асхат Нурланов");
    assertThat(me.json().get("role").asString()).isEqualTo("INVESTIGATOR");
    assertThat(me.json().get("unit").asString()).isEqualTo("710002");
  }

  @Test
  void externalUserNamedLikeALocalAccountIsNotThatAccountNorHasItsKey() {
    HttpClientSession http = new HttpClientSession(port);
    String officer = http.token("officer", "demo");
    http.putJson("/api/signing/pin", Map.of("pin", "135790"), "Authorization", "Bearer " + officer);
    String external =
        sign(
            PROVIDER_KEY,
            ISSUER,
            Map.of(
                "sub", UUID.randomUUID().toString(),
                "preferred_username", "officer",
                "ecase_role", "OFFICER",
                "ecase_unit", "710002"));

    Reply me = http.get("/api/identity/me", "Authorization", "Bearer " + external);
    Reply pin =
        http.putJson(
            "/api/signing/pin", Map.of("pin", "246800"), "Authorization", "Bearer " + external);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isNotEqualTo("officer").startsWith("ext:");
    assertThat(me.json().get("unit").asString()).isEqualTo("710002");
    assertThat(pin.status()).isEqualTo(201);
    assertThat(pin.json().get("subject").asString())
        .contains("OU=710002")
        .doesNotContain("UID=officer");
  }

  @Test
  void externalIdentityMappedByAnAdministratorActsAsItsLocalAccount() {
    HttpClientSession http = new HttpClientSession(port);
    String admin = http.token("admin", "demo");
    http.putJson("/api/signing/pin", Map.of("pin", "975310"), "Authorization", "Bearer " + admin);
    String subject = UUID.randomUUID().toString();
    Reply mapped =
        http.postJson(
            "/api/identity/external-identities",
            Map.of(
                "issuer", ISSUER, "subject", subject, "username", "investigator", "pin", "975310"),
            "Authorization",
            "Bearer " + admin);
    String token =
        sign(
            PROVIDER_KEY,
            ISSUER,
            Map.of("sub", subject, "ecase_role", "ADMIN", "ecase_unit", "71"));

    Reply me = http.get("/api/identity/me", "Authorization", "Bearer " + token);

    assertThat(mapped.status()).isEqualTo(201);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo("investigator");
    assertThat(me.json().get("role").asString()).isEqualTo("INVESTIGATOR");
    assertThat(me.json().get("unit").asString()).isEqualTo("710001");
  }

  @Test
  void providersTokenWithoutAnEcaseRoleIsRefused() {
    String token = sign(PROVIDER_KEY, ISSUER, Map.of("ecase_unit", "710002"));

    Reply me =
        new HttpClientSession(port).get("/api/identity/me", "Authorization", "Bearer " + token);

    assertThat(me.status()).isEqualTo(401);
    assertThat(me.contentType()).startsWith("application/problem+json");
  }

  @Test
  void tokenSignedByAnotherKeyInTheProvidersNameIsRefused() {
    String forged =
        sign(newKey("provider"), ISSUER, Map.of("ecase_role", "ADMIN", "ecase_unit", "71"));

    Reply me =
        new HttpClientSession(port).get("/api/identity/users", "Authorization", "Bearer " + forged);

    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void tokenOfAnUnknownIssuerIsRefused() {
    String stranger =
        sign(
            PROVIDER_KEY,
            "http://127.0.0.1:1/other",
            Map.of("ecase_role", "ADMIN", "ecase_unit", "71"));

    Reply me =
        new HttpClientSession(port).get("/api/identity/me", "Authorization", "Bearer " + stranger);

    assertThat(me.status()).isEqualTo(401);
  }

  @Test
  void ecasesOwnTokensAreStillAccepted() {
    HttpClientSession http = new HttpClientSession(port);
    String token = http.token("head", "demo");

    Reply me = http.get("/api/identity/me", "Authorization", "Bearer " + token);

    assertThat(me.json().get("role").asString()).isEqualTo("HEAD_OF_UNIT");
  }

  private static String sign(RSAKey key, String issuer, Map<String, Object> claims) {
    try {
      JWTClaimsSet.Builder set =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(SUBJECT)
              .claim("preferred_username", "a.nurlanov")
              .claim("name", "Асхат Нурланов")
              .issueTime(new Date())
              .expirationTime(Date.from(Instant.now().plusSeconds(300)));
      claims.forEach(set::claim);
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              set.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey newKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpServer startProvider() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/mvd";
      String discovery =
          """
          {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
           "subject_types_supported": ["public"],
           "id_token_signing_alg_values_supported": ["RS256"]}
          """
              .formatted(base, base);
      serve(server, "/realms/mvd/.well-known/openid-configuration", discovery);
      serve(
          server,
          "/realms/mvd/protocol/openid-connect/certs",
          new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void serve(HttpServer server, String path, String json) {
    server.createContext(
        path,
        exchange -> {
          byte[] body = json.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
  }
}
