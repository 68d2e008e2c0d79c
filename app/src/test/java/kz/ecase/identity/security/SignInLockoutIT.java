package kz.ecase.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One lock-out for every way of signing in: wrong passwords on the sign-in form and on the token
 * endpoint count together, and a locked (or disabled) account signs in by neither.
 */
@EcaseIntegrationTest
class SignInLockoutIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void wrongPasswordsOnTheApiLockTheSignInForm() {
    String username = newAccount();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(tokenRequest(username, "wrong-" + attempt).status()).isEqualTo(401);
    }

    HttpClientSession browser = new HttpClientSession(port);
    Reply signIn = browser.signIn(username, "right-password");

    assertThat(signIn.raw().uri().getQuery()).isEqualTo("locked");
    assertThat(signIn.body()).contains("id=\"login-locked\"");
    assertThat(signedIn(browser)).isFalse();
  }

  @Test
  void wrongPasswordsOnTheSignInFormLockTheApi() {
    String username = newAccount();
    HttpClientSession browser = new HttpClientSession(port);
    for (int attempt = 1; attempt <= 5; attempt++) {
      Reply reply = browser.signIn(username, "wrong-" + attempt);
      assertThat(reply.raw().uri().getQuery()).as("attempt %d", attempt).isEqualTo("error");
    }

    Reply token = tokenRequest(username, "right-password");
    Reply sixthOnTheForm = browser.signIn(username, "right-password");

    assertThat(token.status()).isEqualTo(429);
    assertThat(token.json().get("type").asString()).endsWith("/problems/account-locked");
    assertThat(sixthOnTheForm.raw().uri().getQuery()).isEqualTo("locked");
    assertThat(signedIn(browser)).isFalse();
  }

  @Test
  void failuresOnBothPathsCountTogether() {
    String username = newAccount();
    HttpClientSession browser = new HttpClientSession(port);
    for (int attempt = 1; attempt <= 3; attempt++) {
      browser.signIn(username, "wrong-" + attempt);
    }
    tokenRequest(username, "wrong-4");
    tokenRequest(username, "wrong-5");

    assertThat(tokenRequest(username, "right-password").status()).isEqualTo(429);
    assertThat(browser.signIn(username, "right-password").raw().uri().getQuery())
        .isEqualTo("locked");
  }

  @Test
  void theFormSaysLockedInEachLanguage() {
    String username = newAccount();
    for (int attempt = 1; attempt <= 5; attempt++) {
      tokenRequest(username, "wrong");
    }
    HttpClientSession browser = new HttpClientSession(port);
    browser.get("/login?lang=ru");

    Reply signIn = browser.signIn(username, "right-password");

    assertThat(signIn.body()).contains("Слишком много неверных паролей");
  }

  @Test
  void disabledAccountSignsInByNeitherPathAndItsSessionEnds() {
    String username = newAccount();
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn(username, "right-password");
    assertThat(signedIn(browser)).isTrue();

    jdbc.sql("update user_accounts set enabled = false where username = :u")
        .param("u", username)
        .update();

    assertThat(signedIn(browser)).isFalse();
    assertThat(tokenRequest(username, "right-password").status()).isEqualTo(403);
    Reply again = new HttpClientSession(port).signIn(username, "right-password");
    assertThat(again.raw().uri().getQuery()).isEqualTo("disabled");
    assertThat(again.body()).contains("id=\"login-disabled\"");
  }

  @Test
  void disabledAccountsTokensStopWorking() {
    String username = newAccount();
    HttpClientSession api = new HttpClientSession(port);
    String token = api.token(username, "right-password");
    assertThat(api.get("/api/identity/me", "Authorization", "Bearer " + token).status())
        .isEqualTo(200);

    jdbc.sql("update user_accounts set enabled = false where username = :u")
        .param("u", username)
        .update();

    Reply me = api.get("/api/identity/me", "Authorization", "Bearer " + token);
    assertThat(me.status()).isEqualTo(401);
    assertThat(me.contentType()).startsWith("application/problem+json");
  }

  private boolean signedIn(HttpClientSession browser) {
    return !browser.get("/").raw().uri().getPath().equals("/login");
  }

  private Reply tokenRequest(String username, String password) {
    return new HttpClientSession(port)
        .postJson("/api/auth/token", Map.of("username", username, "password", password));
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
