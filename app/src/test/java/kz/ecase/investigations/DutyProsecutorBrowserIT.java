package kz.ecase.investigations;

import static kz.ecase.investigations.ReportApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.kernel.Iin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duty prosecutor's page in Debian's chromium: the alert of a registration to check appears in
 * the workspace and is marked read; a running detention clock counts down without a reload (also
 * after htmx swapped the list) and is confirmed legal with the PIN; the registration is opened from
 * the queue and confirmed with the PIN. The page in kk, ru and en, and on a phone without sideways
 * scrolling. Screenshots go to {@code app/target/screenshots}. Skipped where chromium is not
 * installed, except in CI.
 */
@EcaseIntegrationTest
class DutyProsecutorBrowserIT {

  static final String PIN = "577215";
  static final Pattern TIME_LEFT = Pattern.compile("(−?)([0-9]+):([0-9]{2}):([0-9]{2})");

  static WebDriver browser;

  @LocalServerPort int port;

  HttpClientSession http;
  ReportApi officer;
  ReportApi investigator;

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
    http = new HttpClientSession(port);
    officer = ReportApi.withPin(http, "officer", PIN);
    investigator = ReportApi.withPin(http, "investigator", PIN);
    ReportApi.withPin(http, "duty-prosecutor", PIN);
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void theDutyProsecutorSeesTheAlertWatchesAClockAndConfirmsWithThePin() throws Exception {
    String report = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(report, ReportApi.decision("REGISTER", PIN, "article", "188-1"));
    String kui = officer.report(report).json().get("report").get("kuiNumber").asString();
    String clock = detention();

    Chromium.signIn(browser, port, "en", "duty-prosecutor", "demo");
    WebElement alert = alertOf(kui);
    assertThat(alert.getAttribute("class")).contains("unread");
    assertThat(alert.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("/investigations/reports/" + report);
    assertThat(browser.findElement(By.id("panel.registrations-to-check")).getText())
        .as("the panel does not say nothing waits while a registration waits")
        .doesNotContain("Nothing waits");
    assertThat(alert.findElement(By.cssSelector("form button")).getCssValue("background-color"))
        .as("'mark read' is a quiet link, not a big button in every alert")
        .isEqualTo("rgba(0, 0, 0, 0)");
    screenshot("duty-prosecutor-alert-en");
    alert.findElement(By.cssSelector("form button")).click();
    wait(
        driver ->
            alertOf(kui).getAttribute("class").contains("read")
                && !alertOf(kui).getAttribute("class").contains("unread"));
    assertThat(alertOf(kui).findElements(By.tagName("form"))).isEmpty();
    screenshot("duty-prosecutor-alert-read-en");

    browser.get(base() + "/investigations/duty");
    markPage();
    long first = secondsLeft(clock);
    Thread.sleep(1600);
    long second = secondsLeft(clock);
    assertThat(second).as("the clock counts down without a reload").isLessThan(first);
    assertThat(first - second).isBetween(1L, 3L);
    assertThat(first)
        .as("a detention's 48 hours, less the 5 minutes since")
        .isBetween(47 * 3600L + 50 * 60, 48 * 3600L);
    assertPageNotReloaded();
    assertNoMissingMessages();
    WebElement queue = browser.findElement(By.cssSelector("#queue table"));
    assertThat(queue.findElement(By.cssSelector("tbody tr td")).getLocation().getX())
        .as("the queue's columns stand under their headings")
        .isEqualTo(queue.findElement(By.cssSelector("thead th")).getLocation().getX());
    assertThat(browser.findElements(By.cssSelector("#clocks-section h2")))
        .as("the clocks have one heading")
        .hasSize(1);
    WebElement running = browser.findElement(By.id("clock-" + clock));
    assertThat(
            running
                .findElement(By.cssSelector("button[value=DECLARE_ILLEGAL]"))
                .getCssValue("background-color"))
        .as("'illegal: release' does not look like the main action")
        .isNotEqualTo(
            running
                .findElement(By.cssSelector("button[value=CONFIRM_LEGAL]"))
                .getCssValue("background-color"));
    Chromium.screenshotOfWholePage(browser, "duty-prosecutor-page-en");

    WebElement row = browser.findElement(By.id("clock-" + clock));
    row.findElement(By.cssSelector("input[name=pin]")).sendKeys(PIN);
    row.findElement(By.cssSelector("button[value=CONFIRM_LEGAL]")).click();
    wait(
        driver ->
            "CHECKED"
                .equals(driver.findElement(By.id("clock-" + clock)).getAttribute("data-status")));
    assertThat(browser.findElements(By.id("custody-problem"))).isEmpty();
    long afterSwap = secondsLeft(clock);
    Thread.sleep(1600);
    assertThat(secondsLeft(clock))
        .as("the clock still counts down after htmx swapped the list")
        .isLessThan(afterSwap);
    assertPageNotReloaded();
    scrollTo(By.id("clock-" + clock));
    screenshot("duty-prosecutor-clock-confirmed-en");

    browser.findElement(By.cssSelector("#queue tr[data-report='" + report + "'] a")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
    browser
        .findElement(By.cssSelector("#step-form input[name=step][value=CONFIRM_REGISTRATION]"))
        .click();
    browser.findElement(By.id("pin")).sendKeys(PIN);
    assertNoMissingMessages();
    assertThat(browser.findElements(By.id("transferTo")))
        .as("no field the prosecutor's decisions do not use")
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("select#article"))).isEmpty();
    Chromium.screenshotOfWholePage(browser, "duty-prosecutor-confirm-en");
    browser.findElement(By.id("sign")).click();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("report-status")).getAttribute("data-status"))
        .isEqualTo("REGISTRATION_CONFIRMED");
    assertThat(browser.findElement(By.id("report-status")).getText())
        .isEqualTo("Registered (checked)");
    assertThat(browser.findElements(By.cssSelector("#history li[data-step=CONFIRM_REGISTRATION]")))
        .hasSize(1);
    Chromium.screenshotOfWholePage(browser, "duty-prosecutor-confirmed-en");
    assertThat(investigator.status(report)).isEqualTo("REGISTRATION_CONFIRMED");

    browser.get(base() + "/investigations/duty");
    assertThat(browser.findElements(By.cssSelector("#queue tr[data-report='" + report + "']")))
        .as("a checked decision leaves the queue")
        .isEmpty();
  }

  @Test
  void theDutyPageReadsInEveryLanguageAndFitsAPhone() throws Exception {
    String report = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(report, ReportApi.decision("REGISTER", PIN, "article", "188-1"));
    String clock = detention();

    Chromium.signIn(browser, port, "kk", "duty-prosecutor", "demo");
    for (String language : new String[] {"kk", "ru", "en"}) {
      browser.get(base() + "/investigations/duty?lang=" + language);
      wait(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("html[lang=" + language + "]")));
      secondsLeft(clock);
      assertNoMissingMessages();
      Chromium.screenshotOfWholePage(browser, "duty-prosecutor-page-" + language);
      browser.get(base() + "/investigations/reports/" + report);
      assertNoMissingMessages();
      Chromium.screenshotOfWholePage(browser, "duty-prosecutor-report-" + language);
    }

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base() + "/investigations/duty?lang=ru");
    secondsLeft(clock);
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "duty-prosecutor-page-phone-ru");
    browser.get(base() + "/investigations/reports/" + report);
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "duty-prosecutor-report-phone-ru");
  }

  /** A detention five minutes ago, recorded by the officer through the API; answers its id. */
  private String detention() {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "DETENTION");
    form.put("iin", adultIin().value());
    form.put("restrictedAt", Instant.now().minusSeconds(300).toString());
    form.put("place", "Астана, проспект Мәңгілік Ел, 8");
    form.put("grounds", "Застигнут при совершении кражи (ст. 188 УК)");
    form.put("reference", "КУИ");
    form.put("pin", PIN);
    Reply recorded = http.postJson("/api/investigations/custody/clocks", form, auth(officer.token));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    return recorded.json().get("id").asString();
  }

  private static Iin adultIin() {
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
    String start = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + "3";
    while (true) {
      String eleven = start + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
      int check = Iin.checkDigitOf(eleven);
      if (check != 10) {
        return Iin.of(eleven + check);
      }
    }
  }

  /** The alert of the registration to check in the workspace's alerts panel. */
  private static WebElement alertOf(String kui) {
    return wait(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath(
                "//div[@id='alerts-panel']//li[.//*[contains(text(), 'To check') and contains(text(), '"
                    + kui
                    + "')]]")));
  }

  /** The clock's time left as the page shows it now, in seconds (negative once overrun). */
  private static long secondsLeft(String clock) {
    By left = By.cssSelector("#clock-" + clock + " .time-left");
    String text =
        wait(
            driver -> {
              String shown = driver.findElement(left).getText();
              return TIME_LEFT.matcher(shown).matches() ? shown : null;
            });
    Matcher m = TIME_LEFT.matcher(text);
    assertThat(m.matches()).isTrue();
    long seconds =
        Long.parseLong(m.group(2)) * 3600
            + Long.parseLong(m.group(3)) * 60
            + Long.parseLong(m.group(4));
    return m.group(1).isEmpty() ? seconds : -seconds;
  }

  private static void markPage() {
    ((JavascriptExecutor) browser).executeScript("window.ecaseTestMark = 'not reloaded'");
  }

  private static void assertPageNotReloaded() {
    assertThat(((JavascriptExecutor) browser).executeScript("return window.ecaseTestMark"))
        .isEqualTo("not reloaded");
  }

  private static void assertNoMissingMessages() {
    Chromium.assertNoMissingMessages(browser);
  }

  private static void assertNoSidewaysScrolling() {
    Chromium.assertNoSidewaysScrolling(browser);
  }

  private static void scrollTo(By element) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(element));
  }

  private static <T> T wait(ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
