package kz.ecase.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@EcaseIntegrationTest
class ApiAuthenticationIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  HttpClientSession http;

  @BeforeEach
  void client() {
    http = new HttpClientSession(port);
  }

  @Test
  void apiWithoutTokenAnswers401Problem() {
    Reply reply = http.get("/api/identity/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("type").asString()).endsWith("/problems/unauthenticated");
    assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
  }

  @Test
  void forgedOrExpiredTokenAnswers401Problem() {
    Reply reply =
        http.get("/api/identity/me", "Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void tokenCarriesTheUsersRoleAndUnit() {
    String token = http.token("investigator", "demo");

    Reply me = http.get("/api/identity/me", "Authorization", "Bearer " + token);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("role").asString()).isEqualTo("INVESTIGATOR");
    assertThat(me.json().get("unit").asString()).isEqualTo("710001");
  }

  @Test
  void tokenResponseHasAccessTokenAndLifetime() {
    Reply reply =
        http.postJson("/api/auth/token", Map.of("username", "Analyst", "password", "demo"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("access_token").asString()).contains(".");
    assertThat(reply.json().get("expires_in").asLong()).isEqualTo(900);
  }

  @Test
  void wrongRoleAnswers403Problem() {
    String token = http.token("officer", "demo");

    Reply reply = http.get("/api/identity/users", "Authorization", "Bearer " + token);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("type").asString()).endsWith("/problems/forbidden");
  }

  @Test
  void administratorListsAccountsWithoutPasswordHashes() {
    String token = http.token("admin", "demo");

    Reply reply = http.get("/api/identity/users", "Authorization", "Bearer " + token);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"officer\"").doesNotContain("{bcrypt}");
  }

  @Test
  void sixthWrongPasswordLocksTheAccountAndTheFiveBeforeSayWrongPassword() {
    String username = newAccount();

    for (int attempt = 1; attempt <= 5; attempt++) {
      Reply reply = tokenRequest(username, "wrong-" + attempt);
      assertThat(reply.status()).as("attempt %d", attempt).isEqualTo(401);
      assertThat(reply.json().get("title").asString()).isEqualTo("Wrong password");
    }
    Reply sixth = tokenRequest(username, "wrong-6");
    Reply rightPasswordWhileLocked = tokenRequest(username, "right-password");

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.json().get("type").asString()).endsWith("/problems/account-locked");
    assertThat(rightPasswordWhileLocked.status()).isEqualTo(429);
  }

  @Test
  void unknownUsernameGetsTheSameAnswersAsAWrongPassword() {
    String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);

    for (int attempt = 1; attempt <= 5; attempt++) {
      Reply reply = tokenRequest(ghost, "whatever");
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.json().get("title").asString()).isEqualTo("Wrong password");
    }
    assertThat(tokenRequest(ghost, "whatever").status()).isEqualTo(429);
  }

  @Test
  void successResetsTheCountOfWrongPasswords() {
    String username = newAccount();
    for (int attempt = 1; attempt <= 4; attempt++) {
      tokenRequest(username, "wrong");
    }
    assertThat(tokenRequest(username, "right-password").status()).isEqualTo(200);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(tokenRequest(username, "wrong").status()).isEqualTo(401);
    }
    assertThat(tokenRequest(username, "right-password").status()).isEqualTo(200);
  }

  @Test
  void invalidTokenRequestNamesEachField() {
    Reply reply = http.postJson("/api/auth/token", Map.of("password", ""));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("username", "password");
  }

  @Test
  void malformedJsonIsAProblemNotAnError() {
    Reply reply = http.postJson("/api/auth/token", "{\"username\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("type").asString()).endsWith("/problems/malformed-request");
  }

  @Test
  void unknownApiPathIs404Problem() {
    String token = http.token("officer", "demo");

    Reply reply = http.get("/api/no-such-thing", "Authorization", "Bearer " + token);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private Reply tokenRequest(String username, String password) {
    return http.postJson("/api/auth/token", Map.of("username", username, "password", password));
  }

  private String newAccount() {
    String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    Long unit = jdbc.sql("select id from units where code = '710002'").query(Long.class).single();
    jdbc.sql(
            """
            insert into user_accounts (username, password_hash, display_name, role, unit_id)
            values (:username, :hash, 'Test officer', 'OFFICER', :unit)
            """)
        .param("username", username)
        .param("hash", passwords.encode("right-password"))
        .param("unit", unit)
        .update();
    return username;
  }
}
