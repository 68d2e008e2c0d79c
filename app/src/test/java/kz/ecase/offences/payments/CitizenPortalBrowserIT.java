package kz.ecase.offences.payments;

import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.offences.ProtocolApi;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.simulators.PaymentProvider;
import kz.ecase.simulators.PaymentProviderSettings;
import kz.ecase.simulators.RegistrySimulators;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's portal in Debian's chromium on a phone-sized screen: the person opens a protocol,
 * pays on the payment provider's page and comes back to it, sees the payment pending (no second
 * Pay) and then paid, without reloading; appeals a decision, first without grounds (told so beside
 * the field), then with them, and sees the confirmation and the grounds; the tables are cards that
 * fit the phone. Screenshots go to {@code app/target/screenshots}.
 */
@EcaseIntegrationTest
class CitizenPortalBrowserIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "161803";

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired EmbeddedSimulators simulators;

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

  @AfterEach
  void resetProvider() {
    provider().configure(PaymentProviderSettings.DEFAULT.withSecret(simulators.paymentSecret()));
  }

  @Test
  void theCitizenPaysOnTheProvidersPageAndTheProtocolTurnsPaidWithoutAReload() throws IOException {
    // the provider calls back 8 s after the payment: the page shows it pending meanwhile
    provider()
        .configure(
            PaymentProviderSettings.DEFAULT
                .withSecret(simulators.paymentSecret())
                .withCallbackDelayMs(8000));
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    String number = officer.number(id);
    signInAsCitizen();

    browser.get(base() + "/offences/my-protocols");
    WebElement row = browser.findElement(By.id("protocol-" + number));
    assertThat(row.getAttribute("data-status")).isEqualTo("REGISTERED");
    assertThat(row.findElement(By.cssSelector(".article")).getText())
        .as("the article's number and title, not the catalogue's code")
        .startsWith("592")
        .doesNotContain("speeding-");
    assertThat(row.findElement(By.cssSelector(".due")).getText()).isEqualTo("21 625 ₸");
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-1-protocols-en");
    row.findElement(By.cssSelector("a.open")).click();

    wait(driver -> driver.findElements(By.id("pay")).size() == 1);
    assertThat(browser.findElement(By.id("fine")).getText()).isEqualTo("43 250 ₸");
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-2-protocol-en");
    browser.findElement(By.id("pay")).click();
    wait(driver -> driver.findElements(By.id("pay-card")).size() == 1);
    assertThat(browser.getCurrentUrl()).as("the provider's page").doesNotStartWith(base());
    Chromium.screenshot(browser, "citizen-3-provider-page");
    browser.findElement(By.id("pay-card")).click();
    wait(driver -> driver.getCurrentUrl().startsWith(base() + "/offences/my-protocols/" + id));

    Chromium.screenshotOfWholePage(browser, "citizen-4-payment-pending-en");
    WebElement payment = browser.findElement(By.id("payment"));
    assertThat(payment.getAttribute("data-pending")).isEqualTo("true");
    assertThat(browser.findElement(By.id("pending")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.id("pay"))).as("no second payment offered").isEmpty();
    assertThat(browser.findElements(By.id("continue-payment")))
        .as("not back to a pay page already paid")
        .isEmpty();
    ((JavascriptExecutor) browser).executeScript("window.sameLoad = true;");

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver ->
                "PAID".equals(driver.findElement(By.id("payment")).getAttribute("data-status")));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.sameLoad === true;"))
        .as("the page was not reloaded")
        .isEqualTo(true);
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("paid");
    assertThat(browser.findElement(By.id("paid")).getText()).isEqualTo("21 625 ₸");
    assertThat(browser.findElements(By.id("pay"))).isEmpty();
    assertThat(browser.findElements(By.id("pending"))).isEmpty();
    Chromium.screenshotOfWholePage(browser, "citizen-5-protocol-paid-en");
  }

  @Test
  void anAppealWithoutGroundsIsToldBesideTheFieldAndWithGroundsIsConfirmed() throws IOException {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    officer.stepped(id, "SERVE", PIN);
    officer.stepped(id, "DECIDE_FINE", PIN);
    signInAsCitizen();
    browser.get(base() + "/offences/my-protocols/" + id);

    assertThat(browser.findElements(By.cssSelector("#documents li[data-step=DECIDE_FINE] a.pdf")))
        .as("the decision's PDF")
        .hasSize(1);
    browser.findElement(By.id("appeal-submit")).click();
    wait(driver -> driver.findElements(By.id("grounds-error")).size() == 1);
    assertThat(browser.findElement(By.id("grounds")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("grounds-error")).getText()).startsWith("State your");
    Chromium.screenshotOfWholePage(browser, "citizen-appeal-without-grounds-en");
    browser.findElement(By.id("grounds")).sendKeys("I was not driving the car that day.");
    browser.findElement(By.id("appeal-submit")).click();
    wait(driver -> driver.findElements(By.id("appeal-filed")).size() == 1);

    assertThat(officer.status(id)).isEqualTo("APPEALED");
    assertThat(browser.findElement(By.id("appeal-filed")).getText())
        .startsWith("Your appeal has been filed.")
        .containsPattern("Filed on \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\.");
    assertThat(browser.findElement(By.id("appeal-grounds")).getText())
        .isEqualTo("I was not driving the car that day.");
    assertThat(browser.findElement(By.id("appeal-term")).getText())
        .matches(
            "The head of the unit decides it within 10 days, by \\d\\d\\.\\d\\d\\.\\d{4}\\..*");
    assertThat(browser.findElements(By.id("grounds"))).as("no second appeal").isEmpty();
    assertThat(browser.findElements(By.id("appeal-pdf"))).hasSize(1);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-appeal-filed-en");
  }

  @Test
  void whoLookedMeUpAndWhoOpenedMyRecordsFitAPhone() throws IOException {
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    String number = officer.number(id);
    signInAsCitizen();

    browser.get(base() + "/audit/about-me");
    assertThat(browser.findElement(By.id("reads")).getText())
        .contains("Protocol No. " + number)
        .doesNotContain("protocol/");
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshot(browser, "citizen-records-opened-en");
    browser.get(base() + "/persons/about-me");
    assertThat(browser.findElement(By.id("lookups")).getText())
        .as("dates as dd.MM.yyyy")
        .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d");
    Chromium.assertNoMissingMessages(browser);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshot(browser, "citizen-who-looked-me-up-en");
  }

  @Test
  void theHeadsReconciliationFitsAPhoneAndNamesWhoRanIt() throws IOException {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).toString();
    Chromium.signIn(browser, port, "en", "head", "demo");
    browser.get(base() + "/offences/payments/reconciliations?date=" + today);
    browser.findElement(By.cssSelector("main form[method=post] button")).click();
    // the answer to the post may still be replaced by the page it leads to: wait for the summary
    // with its text, not for the first element of that id
    wait(driver -> driver.findElement(By.id("summary")).getText().contains("by Ерлан Сапаров"));
    assertThat(browser.findElements(By.id("day-payments"))).hasSize(1);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "head-reconciliation-phone-en");
  }

  private void signInAsCitizen() {
    Chromium.signIn(browser, port, "en", "citizen", "demo");
  }

  private PaymentProvider provider() {
    return simulators.running(RegistrySimulators.class).paymentProvider();
  }

  private static <T> T wait(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
