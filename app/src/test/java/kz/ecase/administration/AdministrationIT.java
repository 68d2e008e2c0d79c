package kz.ecase.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** Account and unit administration over HTTP, as an administrator's client and browser do it. */
@EcaseIntegrationTest
class AdministrationIT {

  static final String ADMIN_PIN = "975310";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;
  String admin;

  @BeforeEach
  void administratorWithASigningKey() {
    http = new HttpClientSession(port);
    admin = http.token("admin", "demo");
    Reply pin = http.putJson("/api/signing/pin", Map.of("pin", ADMIN_PIN), auth(admin));
    assertThat(pin.status()).isIn(201, 409);
  }

  @Test
  void createdAccountSignsInAndTheActIsSignedAndLedgered() {
    String username = fresh();

    Reply created = create(username, "710002");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("unit").asString()).isEqualTo("710002");
    String token = http.token(username, "initial-password");
    Reply me = http.get("/api/identity/me", auth(token));
    assertThat(me.json().get("role").asString()).isEqualTo("OFFICER");
    assertThat(me.json().get("unit").asString()).isEqualTo("710002");
    Reply acts = http.get("/api/identity/acts", auth(admin));
    assertThat(acts.body()).contains("identity.AccountCreated").contains("account/" + username);
    assertThat(
            jdbc
                .sql(
                    "select count(*) from ledger_pending where record_key = :k"
                        + " union all select count(*) from ledger_entries where record_key = :k")
                .param("k", "account/" + username)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .sum())
        .isPositive();
    byte[] signature =
        jdbc.sql("select signature from administrative_acts where record_key = :k")
            .param("k", "account/" + username)
            .query(byte[].class)
            .single();
    assertThat(signature).isNotEmpty();
  }

  @Test
  void invalidAccountNamesEveryFieldAtFaultAndCreatesNothing() {
    Reply reply =
        http.postJson(
            "/api/identity/accounts",
            Map.of("username", "Bad:Name", "role", "OFFICER", "unit", "7", "pin", "12"),
            auth(admin));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").findValuesAsString("field"))
        .contains("username", "displayName", "unit", "initialPassword", "pin");
  }

  @Test
  void aDefenceLawyersAccountIsKnownByItsIinAndBelongsToNoUnit() {
    String iin = freshIin();
    Map<String, Object> lawyer = newAccount(fresh(), null);
    lawyer.put("role", "LAWYER");
    lawyer.put("displayName", "Адвокат Сейткали");

    Reply noIin = http.postJson("/api/identity/accounts", lawyer, auth(admin));
    assertThat(noIin.status()).isEqualTo(400);
    assertThat(noIin.json().get("errors").findValuesAsString("field")).containsExactly("iin");
    lawyer.put("iin", iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10));
    lawyer.put("unit", "710001");
    Reply wrong = http.postJson("/api/identity/accounts", lawyer, auth(admin));
    assertThat(wrong.json().get("errors").findValuesAsString("field"))
        .as("a wrong check digit, and a unit a lawyer does not have, at once")
        .containsExactlyInAnyOrder("iin", "unit");

    lawyer.put("iin", iin);
    lawyer.remove("unit");
    Reply created = http.postJson("/api/identity/accounts", lawyer, auth(admin));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("role").asString()).isEqualTo("LAWYER");
    assertThat(created.json().path("unit").isNull() || created.json().path("unit").isMissingNode())
        .as("no unit")
        .isTrue();
    String token = http.token((String) lawyer.get("username"), "initial-password");
    Reply me = http.get("/api/identity/me", auth(token));
    assertThat(me.json().get("role").asString()).isEqualTo("LAWYER");
    assertThat(http.get("/api/cases/defence", auth(token)).status())
        .as("the lawyer's own list of cases, empty until admitted")
        .isEqualTo(200);

    Map<String, Object> officer = newAccount(fresh(), "710001");
    officer.put("iin", iin);
    Reply staffWithIin = http.postJson("/api/identity/accounts", officer, auth(admin));
    assertThat(staffWithIin.json().get("errors").findValuesAsString("field"))
        .containsExactly("iin");
    officer.remove("iin");
    officer.remove("unit");
    Reply staffWithoutUnit = http.postJson("/api/identity/accounts", officer, auth(admin));
    assertThat(staffWithoutUnit.json().get("errors").findValuesAsString("field"))
        .containsExactly("unit");
  }

  @Test
  void takenUsernameOrUnknownUnitIsAFieldProblem() {
    Reply taken = create("officer", "710001");
    Reply unknownUnit = create(fresh(), "719999");

    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.json().get("errors").findValuesAsString("field")).containsExactly("username");
    assertThat(unknownUnit.json().get("errors").findValuesAsString("field"))
        .containsExactly("unit");
  }

  @Test
  void wrongPinChangesNothing() {
    String username = fresh();
    Map<String, Object> request = newAccount(username, "710002");
    request.put("pin", "000001");

    Reply reply = http.postJson("/api/identity/accounts", request, auth(admin));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().get("type").asString()).endsWith("/problems/wrong-pin");
    assertThat(
            jdbc.sql("select count(*) from user_accounts where username = :u")
                .param("u", username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void disabledAccountStopsAndReEnabledAccountSignsInAgain() {
    String username = fresh();
    create(username, "710002");
    String token = http.token(username, "initial-password");

    Reply disabled =
        http.postJson(
            "/api/identity/accounts/" + username + "/disable",
            Map.of("pin", ADMIN_PIN),
            auth(admin));

    assertThat(disabled.status()).isEqualTo(200);
    assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
    assertThat(http.get("/api/identity/me", auth(token)).status()).isEqualTo(401);
    assertThat(tokenStatus(username)).isEqualTo(403);

    Reply enabled =
        http.postJson(
            "/api/identity/accounts/" + username + "/enable",
            Map.of("pin", ADMIN_PIN),
            auth(admin));

    assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
    assertThat(tokenStatus(username)).isEqualTo(200);
    assertThat(http.get("/api/identity/acts", auth(admin)).body())
        .contains("identity.AccountDisabled")
        .contains("identity.AccountEnabled");
  }

  @Test
  void movedAccountActsInItsNewUnitAtOnce() {
    String username = fresh();
    create(username, "710001");
    String token = http.token(username, "initial-password");

    Reply moved =
        http.putJson(
            "/api/identity/accounts/" + username + "/unit",
            Map.of("unit", "710002", "pin", ADMIN_PIN),
            auth(admin));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(http.get("/api/identity/me", auth(token)).json().get("unit").asString())
        .isEqualTo("710002");
  }

  @Test
  void resetSigningKeyMakesTheUserSetANewPin() {
    String username = fresh();
    create(username, "710002");
    String token = http.token(username, "initial-password");
    assertThat(http.putJson("/api/signing/pin", Map.of("pin", "111222"), auth(token)).status())
        .isEqualTo(201);

    Reply reset =
        http.postJson(
            "/api/identity/accounts/" + username + "/signing-key/reset",
            Map.of("pin", ADMIN_PIN),
            auth(admin));

    assertThat(reset.status()).isEqualTo(204);
    assertThat(http.get("/api/signing/certificate", auth(token)).status()).isEqualTo(404);
    assertThat(http.putJson("/api/signing/pin", Map.of("pin", "333444"), auth(token)).status())
        .isEqualTo(201);
  }

  @Test
  void administratorCannotChangeTheirOwnAccount() {
    Reply disable =
        http.postJson(
            "/api/identity/accounts/admin/disable", Map.of("pin", ADMIN_PIN), auth(admin));
    Reply move =
        http.putJson(
            "/api/identity/accounts/admin/unit",
            Map.of("unit", "710001", "pin", ADMIN_PIN),
            auth(admin));

    assertThat(disable.status()).isEqualTo(403);
    assertThat(move.status()).isEqualTo(403);
    assertThat(http.token("admin", "demo")).isNotBlank();
  }

  @Test
  void createdUnitIsListedAndTakesAccounts() {
    String code = "71" + String.format("%04d", new java.util.Random().nextInt(9000) + 1000);
    Reply unit =
        http.postJson(
            "/api/identity/units",
            Map.of(
                "code", code,
                "nameKk", "Жаңа бөлім",
                "nameRu", "Новый отдел",
                "nameEn", "New department",
                "pin", ADMIN_PIN),
            auth(admin));

    assertThat(unit.status()).isEqualTo(201);
    assertThat(http.get("/api/identity/units", auth(admin)).body()).contains(code);
    assertThat(create(fresh(), code).status()).isEqualTo(201);
  }

  @Test
  void onlyAdministratorsAdminister() {
    String head = http.token("head", "demo");

    Reply reply =
        http.postJson("/api/identity/accounts", newAccount(fresh(), "710001"), auth(head));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void pageShowsEveryErrorBesideItsFieldThenCreatesTheAccount() {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("admin", "demo");
    String page = browser.get("/admin/accounts?lang=en").body();
    assertThat(page).contains("id=\"new-account\"").contains("id=\"new-unit\"");

    Reply invalid =
        browser.postForm(
            "/admin/accounts",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(page),
                "username", "Bad Name",
                "role", "OFFICER",
                "unit", "710002",
                "initialPassword", "short",
                "pin", ""));

    assertThat(invalid.body())
        .contains("id=\"username-error\"")
        .contains("id=\"displayName-error\"")
        .contains("id=\"initialPassword-error\"")
        .contains("id=\"pin-error\"")
        .contains("At least 10 characters.");

    String username = fresh();
    Reply created =
        browser.postForm(
            "/admin/accounts",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(invalid.body()),
                "username", username,
                "displayName", "Page Officer",
                "role", "OFFICER",
                "unit", "710002",
                "phone", "+77011234567",
                "initialPassword", "initial-password",
                "pin", ADMIN_PIN));

    assertThat(created.body())
        .contains("id=\"admin-done\"")
        .contains("data-username=\"" + username + "\"");
    Reply disabled =
        browser.postForm(
            "/admin/accounts/" + username,
            Map.of(
                "_csrf",
                HttpClientSession.csrfTokenOf(created.body()),
                "action",
                "disable",
                "pin",
                ADMIN_PIN));
    assertThat(disabled.body()).contains("id=\"admin-done\"");
    assertThat(tokenStatus(username)).isEqualTo(403);
  }

  /**
   * The position an official signs with: shown on the page, the role's wording until one is set,
   * set in both languages with the PIN, refused beside the form when too long.
   */
  @Test
  void pageSetsThePositionAnOfficialSignsWith() {
    String username = fresh();
    assertThat(create(username, "710002").status()).isEqualTo(201);
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("admin", "demo");
    String page = browser.get("/admin/accounts?lang=ru").body();
    assertThat(page).contains("id=\"positionRu-" + username + "\"").contains("Сотрудник полиции");

    Reply tooLong =
        browser.postForm(
            "/admin/accounts/" + username,
            Map.of(
                "_csrf",
                HttpClientSession.csrfTokenOf(page),
                "action",
                "position",
                "positionRu",
                "И".repeat(201),
                "positionKk",
                "",
                "pin",
                ADMIN_PIN));
    assertThat(tooLong.body()).contains("id=\"account-position-error\"");
    assertThat(position(username)).isNull();

    Reply set =
        browser.postForm(
            "/admin/accounts/" + username,
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(tooLong.body()),
                "action", "position",
                "positionRu", "Старший инспектор административной полиции",
                "positionKk", "Әкімшілік полицияның аға инспекторы",
                "pin", ADMIN_PIN));

    assertThat(set.body())
        .contains("id=\"admin-done\"")
        .contains("Старший инспектор административной полиции");
    assertThat(position(username)).isEqualTo("Старший инспектор административной полиции");
    assertThat(http.get("/api/identity/acts", auth(admin)).body())
        .contains("identity.AccountPositionSet");
  }

  private String position(String username) {
    return jdbc.sql("select position_ru from user_accounts where username = :u")
        .param("u", username)
        .query((rs, row) -> java.util.Optional.ofNullable(rs.getString(1)))
        .single()
        .orElse(null);
  }

  private Reply create(String username, String unit) {
    return http.postJson("/api/identity/accounts", newAccount(username, unit), auth(admin));
  }

  @Test
  void pageMapsAnExternalIdentityToAnAccountAfterNamingEveryFieldAtFault() {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("admin", "demo");
    String page = browser.get("/admin/accounts?lang=en").body();
    assertThat(page).contains("id=\"map-identity\"");

    Reply invalid =
        browser.postForm(
            "/admin/external-identities",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(page),
                "issuer", "",
                "subject", "",
                "username", "no-such-" + fresh(),
                "pin", ""));

    assertThat(invalid.body())
        .contains("id=\"mapping-issuer-error\"")
        .contains("id=\"mapping-subject-error\"")
        .contains("id=\"mapping-username-error\"")
        .contains("id=\"mapping-pin-error\"");
    String username = fresh();
    assertThat(create(username, "710002").status()).isEqualTo(201);
    String subject = "subject-" + fresh();

    Reply mapped =
        browser.postForm(
            "/admin/external-identities",
            Map.of(
                "_csrf", HttpClientSession.csrfTokenOf(invalid.body()),
                "issuer", "https://idp.example.kz/realms/police",
                "subject", subject,
                "username", username,
                "pin", ADMIN_PIN));

    assertThat(mapped.body()).contains("id=\"admin-done\"");
    assertThat(
            jdbc.sql("select count(*) from external_identities where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static Map<String, Object> newAccount(String username, String unit) {
    Map<String, Object> request = new HashMap<>();
    request.put("username", username);
    request.put("displayName", "Test Officer");
    request.put("role", "OFFICER");
    if (unit != null) {
      request.put("unit", unit);
    }
    request.put("phone", "+77011234567");
    request.put("initialPassword", "initial-password");
    request.put("pin", ADMIN_PIN);
    return request;
  }

  private int tokenStatus(String username) {
    return new HttpClientSession(port)
        .postJson("/api/auth/token", Map.of("username", username, "password", "initial-password"))
        .status();
  }

  /** A valid IIN not used before: born 1980-2009, a random serial, its check digit. */
  private static String freshIin() {
    java.util.Random random = new java.util.Random();
    while (true) {
      String eleven =
          String.format(
              "%02d%02d%02d%s%04d",
              80 + random.nextInt(20),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              "3",
              random.nextInt(10_000));
      int check = kz.ecase.kernel.Iin.checkDigitOf(eleven);
      if (check < 10) {
        return eleven + check;
      }
    }
  }

  private static String fresh() {
    return "acc-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
