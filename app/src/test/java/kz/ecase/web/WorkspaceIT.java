package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@EcaseIntegrationTest
class WorkspaceIT {

  @LocalServerPort int port;

  static Stream<Arguments> demoAccounts() {
    return Stream.of(
        Arguments.of("officer", "OFFICER", "Officer&#39;s workspace"),
        Arguments.of("investigator", "INVESTIGATOR", "Investigator&#39;s workspace"),
        Arguments.of("head", "HEAD_OF_UNIT", "Head of unit&#39;s workspace"),
        Arguments.of("duty-prosecutor", "DUTY_PROSECUTOR", "Duty prosecutor&#39;s workspace"),
        Arguments.of(
            "supervisor", "SUPERVISING_PROSECUTOR", "Supervising prosecutor&#39;s workspace"),
        Arguments.of("analyst", "ANALYST", "Analyst&#39;s workspace"),
        Arguments.of("admin", "ADMIN", "Administration"),
        Arguments.of("citizen", "CITIZEN", "My proceedings"));
  }

  @ParameterizedTest(name = "{0} signs in and sees the {1} workspace")
  @MethodSource("demoAccounts")
  void eachDemoUserSignsInToTheirRolesWorkspace(String username, String role, String title) {
    HttpClientSession browser = new HttpClientSession(port);

    Reply page = browser.signIn(username, "demo");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().uri().getPath()).isEqualTo("/");
    assertThat(page.body()).contains("data-role=\"" + role + "\"").contains(title);
    // the layout's account block: the signed-in user reaches every page's model
    assertThat(page.body()).contains("id=\"display-name\"").contains("id=\"role-name\"");
  }

  @Test
  void wrongPasswordShowsTheMessageOnTheForm() {
    HttpClientSession browser = new HttpClientSession(port);

    Reply page = browser.signIn("officer", "not-the-password");

    assertThat(page.raw().uri().toString()).endsWith("/login?error");
    assertThat(page.body()).contains("id=\"login-error\"");
  }

  @Test
  void anonymousVisitorIsSentToTheSignInForm() {
    Reply page = new HttpClientSession(port).get("/");

    assertThat(page.raw().uri().getPath()).isEqualTo("/login");
    assertThat(page.body()).contains("name=\"password\"");
  }

  @Test
  void languageSwitchTranslatesThePageAndIsRemembered() {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("investigator", "demo");

    Reply kazakh = browser.get("/?lang=kk");
    Reply stillKazakh = browser.get("/");
    Reply russian = browser.get("/?lang=ru");

    assertThat(kazakh.body()).contains("Тергеушінің жұмыс орны").contains("lang=\"kk\"");
    assertThat(stillKazakh.body()).contains("Тергеушінің жұмыс орны");
    assertThat(russian.body()).contains("Рабочее место следователя");
  }

  @Test
  void browserLanguageIsTheDefault() {
    HttpClientSession browser = new HttpClientSession(port);

    Reply page = browser.get("/login", "Accept-Language", "ru-KZ,ru;q=0.9,en;q=0.5");

    assertThat(page.body()).contains("Вход");
  }

  @Test
  void administratorSeesUnitsAndAccounts() {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("admin", "demo");

    Reply page = browser.get("/admin/accounts");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("710001").contains("duty-prosecutor").contains("demo account");
  }

  @Test
  void otherRolesGetAForbiddenPageForAdministration() {
    HttpClientSession browser = new HttpClientSession(port);
    browser.signIn("officer", "demo");

    Reply page = browser.get("/admin/accounts", "Accept", "text/html");

    assertThat(page.status()).isEqualTo(403);
    assertThat(page.body()).contains("You may not open this page").doesNotContain("Exception");
  }
}
