package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real browser (Debian's chromium, headless): signs in, lands in their workspace and
 * switches the language. Screenshots go to {@code app/target/screenshots}. Skipped where chromium
 * is not installed, except in CI, which installs it.
 */
@EcaseIntegrationTest
class WorkspaceBrowserIT {

  static WebDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Chromium.start(1280, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void dutyProsecutorSignsInAndWorksInKazakh() throws IOException {
    signIn("en", "duty-prosecutor", "demo");

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Duty prosecutor's workspace");
    assertThat(browser.findElement(By.id("role-name")).getText()).isEqualTo("Duty prosecutor");
    screenshot("workspace-duty-prosecutor-en");

    browser.findElement(By.linkText("Қазақша")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='kk']")));

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Кезекші прокурордың жұмыс орны");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
    screenshot("workspace-duty-prosecutor-kk");
  }

  @Test
  void wrongPasswordIsShownBesideTheForm() throws IOException {
    signIn("ru", "officer", "not-demo");

    assertThat(browser.findElement(By.id("login-error")).getText())
        .isEqualTo("Неверный пароль или неизвестное имя пользователя.");
    screenshot("login-wrong-password-ru");
  }

  @Test
  void officerLooksAPersonUpAndSeesEverySourceOnTheCard() throws IOException {
    signIn("en", "officer", "demo");
    browser.findElement(By.linkText("Look up a person")).click();

    browser.findElement(By.id("iin")).sendKeys("850315401231");
    browser.findElement(By.id("protocolNumber")).sendKeys("26-710001-000077");
    browser.findElement(By.cssSelector("#lookup-form button")).click();

    var rows = browser.findElements(By.cssSelector("#sources tbody tr"));
    assertThat(rows).hasSize(9);
    assertThat(browser.findElement(By.cssSelector("#dossier h2")).getText()).isNotBlank();
    assertThat(browser.findElement(By.id("dossier")).getAttribute("data-complete"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("iin")).getAttribute("value"))
        .as("the form keeps what was typed")
        .isEqualTo("850315401231");
    screenshot("person-lookup-en");
  }

  @Test
  void aWrongCheckDigitIsShownBesideTheField() throws IOException {
    signIn("ru", "officer", "demo");
    browser.get("http://localhost:" + port + "/persons/lookup");

    browser.findElement(By.id("iin")).sendKeys("850315401232");
    browser.findElement(By.id("reason")).sendKeys("проверка");
    browser.findElement(By.cssSelector("#lookup-form button")).click();

    assertThat(browser.findElement(By.id("iin-error")).getText())
        .isEqualTo("Контрольная (12-я) цифра не совпадает.");
    screenshot("person-lookup-wrong-check-digit-ru");
  }

  @Test
  void aCitizenSeesWhoLookedThemUpAndWhy() throws IOException {
    String reason = "stop on Mangilik El " + System.nanoTime();
    var officer = new kz.ecase.HttpClientSession(port);
    officer.postJson(
        "/api/persons/lookups",
        java.util.Map.of("iin", "850315401231", "reason", reason),
        "Authorization",
        "Bearer " + officer.token("officer", "demo"));

    signIn("kk", "citizen", "demo");
    browser.findElement(By.linkText("Деректерімді тексерулер")).click();

    assertThat(browser.findElement(By.id("lookups")).getText())
        .contains(reason)
        .contains("Серік Жұмабаев");
    screenshot("citizen-lookups-kk");
  }

  private void signIn(String language, String username, String password) {
    Chromium.signIn(browser, port, language, username, password);
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
