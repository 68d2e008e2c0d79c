package kz.ecase.offences.payments;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's portal in Debian's chromium on a phone-sized screen: the person pays a fine through
 * the payment provider's page and comes back to see it paid; appeals a decision, first without
 * grounds (told so beside the field), then with them. Screenshots go to {@code
 * app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class CitizenPortalBrowserIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "161803";

  static WebDriver browser;

  @LocalServerPort int port;

  ProtocolApi officer;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Chromium.start(390, 844);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void setUp() {
    officer = ProtocolApi.withFreshPin(new HttpClientSession(port), "officer", PIN);
  }

  @Test
  void theCitizenPaysAFineOnTheProvidersPageAndSeesItPaid() throws IOException {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    String number = officer.number(id);
    signInAsCitizen();

    browser.get(base() + "/offences/my-protocols");
    WebElement protocol = browser.findElement(By.id("protocol-" + number));
    assertThat(protocol.getAttribute("data-status")).isEqualTo("REGISTERED");
    assertThat(protocol.findElement(By.cssSelector(".article")).getText())
        .as("the article's number and title, not the catalogue's code")
        .startsWith("592")
        .doesNotContain("speeding-");
    String due = protocol.findElement(By.cssSelector(".due")).getText();
    Chromium.screenshot(browser, "citizen-protocols-en");
    protocol.findElement(By.cssSelector("form.pay button")).click();
    wait(driver -> driver.findElements(By.id("pay-card")).size() == 1);
    assertThat(browser.getCurrentUrl()).as("the provider's page").doesNotStartWith(base());
    Chromium.screenshot(browser, "citizen-provider-page");
    browser.findElement(By.id("pay-card")).click();
    wait(driver -> driver.getCurrentUrl().startsWith(base() + "/offences/my-protocols"));

    assertThat(browser.findElement(By.id("returned")).isDisplayed()).isTrue();
    wait(
        driver -> {
          driver.navigate().refresh();
          return "PAID"
              .equals(driver.findElement(By.id("protocol-" + number)).getAttribute("data-status"));
        });
    WebElement paid = browser.findElement(By.id("protocol-" + number));
    assertThat(paid.findElement(By.cssSelector(".paid")).getText()).isEqualTo(due);
    assertThat(paid.findElements(By.cssSelector("form.pay"))).isEmpty();
    Chromium.screenshot(browser, "citizen-protocol-paid-en");
  }

  @Test
  void anAppealWithoutGroundsIsToldBesideTheFieldAndWithGroundsIsFiled() throws IOException {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    officer.stepped(id, "SERVE", PIN);
    officer.stepped(id, "DECIDE_FINE", PIN);
    String number = officer.number(id);
    signInAsCitizen();
    browser.get(base() + "/offences/my-protocols");

    By grounds = By.id("grounds-" + id);
    appealForm(number).findElement(By.tagName("button")).click();
    wait(driver -> driver.findElements(By.cssSelector("form.appeal .field-error")).size() == 1);
    WebElement field = browser.findElement(grounds);
    assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
    Chromium.screenshot(browser, "citizen-appeal-without-grounds-en");
    field.sendKeys("I was not driving the car that day.");
    appealForm(number).findElement(By.tagName("button")).click();
    wait(
        driver ->
            "APPEALED"
                .equals(
                    driver.findElement(By.id("protocol-" + number)).getAttribute("data-status")));

    assertThat(officer.status(id)).isEqualTo("APPEALED");
    assertThat(browser.findElements(grounds)).as("no second appeal").isEmpty();
  }

  private WebElement appealForm(String number) {
    return browser
        .findElement(By.id("protocol-" + number))
        .findElement(By.cssSelector("form.appeal"));
  }

  private void signInAsCitizen() {
    Chromium.signIn(browser, port, "en", "citizen", "demo");
  }

  private static <T> T wait(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
