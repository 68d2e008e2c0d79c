package kz.ecase.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty desk in Debian's chromium: the officer receives a crime report on its page (an empty
 * submit first, every error beside its field at once; then a valid one, signed with the PIN), and
 * the investigator registers it from the report's page with the PIN. Screenshots go to {@code
 * app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class DutyDeskBrowserIT {

  static final String PIN = "161803";

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

  @BeforeEach
  void setPins() {
    HttpClientSession http = new HttpClientSession(port);
    ReportApi.withPin(http, "officer", PIN);
    ReportApi.withPin(http, "investigator", PIN);
  }

  @Test
  void theOfficerReceivesAReportAndTheInvestigatorRegistersIt() throws IOException {
    Chromium.signIn(browser, port, "ru", "officer", "demo");
    browser.get(base() + "/investigations/reports/new");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
    assertNoMissingMessages();

    browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
    for (String field : List.of("reporterIin", "description", "place", "pin")) {
      WebElement error = browser.findElement(By.id(field + "-error"));
      assertThat(error.isDisplayed()).as(field).isTrue();
      assertThat(error.getText()).as(field).isNotBlank().doesNotContain("??");
    }
    assertThat(browser.findElement(By.id("pin-error")).getText()).isEqualTo("Введите ПИН подписи.");
    assertThat(browser.findElements(By.id("reporterBin-error"))).isEmpty();
    assertThat(browser.findElement(By.id("reporterIin-error")).getText())
        .as("an empty IIN is asked for, not called wrong")
        .isEqualTo("Укажите ИИН заявителя (12 цифр) или БИН организации.");
    assertThat(browser.findElement(By.id("reporterIin")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(style(By.id("reporterIin"), "border-top-color"))
        .as("a field at fault is outlined in the errors' colour")
        .isEqualTo(style(By.id("reporterIin-error"), "color"));
    assertThat(style(By.id("description"), "font-family"))
        .as("the text area writes in the page's font")
        .isEqualTo(style(By.id("place"), "font-family"));
    assertThat(style(By.id("source"), "font-size")).isEqualTo(style(By.id("place"), "font-size"));
    Chromium.screenshotOfWholePage(browser, "duty-desk-empty-submit-ru");

    browser.findElement(By.id("reporterIin")).sendKeys("850315401231");
    browser.findElement(By.id("reporterName")).sendKeys("Серикова Айгерим");
    browser
        .findElement(By.id("description"))
        .sendKeys("Из квартиры похищен ноутбук, дверь взломана");
    browser.findElement(By.id("place")).sendKeys("Астана, ул. Кенесары, 40, кв. 12");
    browser.findElement(By.id("pin")).sendKeys(PIN);
    Chromium.screenshotOfWholePage(browser, "duty-desk-filled-ru");
    browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("received")));
    String url = browser.getCurrentUrl();
    assertThat(url).matches(".*/investigations/reports/[0-9a-f-]{36}\\?received");
    assertThat(browser.findElement(By.id("report-status")).getAttribute("data-status"))
        .isEqualTo("RECEIVED");
    assertThat(browser.findElement(By.tagName("h1")).getText()).matches(".*КУИ № [0-9]{14}");
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "duty-desk-received-ru");
    String reportPage = url.substring(0, url.indexOf('?'));

    Chromium.signIn(browser, port, "en", "investigator", "demo");
    browser.get(reportPage);
    wait(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
    browser.findElement(By.cssSelector("#step-form input[name=step][value=REGISTER]")).click();
    new Select(browser.findElement(By.id("article"))).selectByValue("188-1");
    browser.findElement(By.id("pin")).sendKeys(PIN);
    assertThat(browser.findElements(By.cssSelector("#step-form .choice")))
        .as("the decisions stand one under another")
        .extracting(choice -> choice.getLocation().getX())
        .containsOnly(
            browser.findElement(By.cssSelector("#step-form .choice")).getLocation().getX());
    Chromium.screenshotOfWholePage(browser, "duty-desk-register-en");
    browser.findElement(By.id("sign")).click();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("report-status")).getAttribute("data-status"))
        .isEqualTo("REGISTERED");
    assertThat(browser.findElement(By.id("erdr-number")).getText()).matches("[0-9]{15}");
    assertThat(browser.findElement(By.id("registered-article")).getText()).startsWith("188-1");
    assertThat(browser.findElements(By.cssSelector("#history li[data-step=REGISTER]"))).hasSize(1);
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "duty-desk-registered-en");

    browser.get(base() + "/investigations/reports");
    WebElement register = browser.findElement(By.id("register"));
    assertThat(register.findElement(By.cssSelector("tbody tr td")).getLocation().getX())
        .as("the register's columns stand under their headings")
        .isEqualTo(register.findElement(By.cssSelector("thead th")).getLocation().getX());
    screenshot("duty-desk-register-list-en");
  }

  private static String style(By element, String property) {
    return browser.findElement(element).getCssValue(property);
  }

  private static void assertNoMissingMessages() {
    Chromium.assertNoMissingMessages(browser);
  }

  private static <T> T wait(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
