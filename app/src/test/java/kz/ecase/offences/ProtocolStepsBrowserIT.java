package kz.ecase.offences;

import static kz.ecase.Chromium.assertNoMissingMessages;
import static kz.ecase.Chromium.assertNoSidewaysScrolling;
import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A protocol's life on pages in Debian's chromium. The officer, on a phone (390×844) and without a
 * signing key, registers a first protocol choosing the PIN on the same form, within 10 inputs,
 * finds it in "My protocols" (workspace panel, today's list, search by IIN) and opens its PDF.
 * Then, all on pages: the officer serves the protocol and decides the fine (a wrong PIN first, told
 * with the tries left), the citizen appeals on the portal, the head finds the appeal in the unit's
 * queue with its time waiting, is told every missing field at once, and dismisses it with reasons
 * and the PIN; the protocol is in force, each act in the timeline with its PDF, and the unit's
 * register filters it by status and officer. Screenshots and the PDFs go to {@code
 * app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class ProtocolStepsBrowserIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "271828";
  static final int MAX_INPUTS = 10;

  static WebDriver browser;

  @LocalServerPort int port;
  @TempDir Path directory;

  HttpClientSession http;

  /** Every interaction with the protocol page: typing a field, choosing an option, a button. */
  int inputs;

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
  void phone() {
    http = new HttpClientSession(port);
    browser.manage().window().setSize(new Dimension(390, 844));
    inputs = 0;
  }

  @Test
  void theOfficersFirstProtocolSetsThePinOnTheWayAndIsFoundInTheirListWithItsPdf()
      throws Exception {
    ProtocolApi.dropKey(http, "officer");
    Chromium.signIn(browser, port, "en", "officer", "demo");
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
    browser.findElement(By.linkText("New protocol")).click();
    Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("protocol-form")));
    assertThat(browser.findElement(By.id("first-pin")).getText()).contains("no signing key");

    type(By.id("iin"), CITIZEN_IIN);
    Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("offender-name")));
    List<WebElement> plates = browser.findElements(By.cssSelector(".plate-choice"));
    if (plates.isEmpty()) {
      type(By.id("plate"), "123ABC01");
    } else {
      click(plates.get(0));
    }
    type(By.id("articleQuery"), "592 ч.2");
    click(
        Chromium.waitFor(
            browser, ExpectedConditions.elementToBeClickable(By.id("article-speeding-20-40"))));
    Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("fine-amount")));
    type(By.id("place"), "Astana, Turan avenue 24");
    type(By.id("description"), "84 km/h where 60 km/h is allowed (radar)");
    type(By.id("photos"), ProtocolPageBrowserIT.photo(directory, "radar").toString());
    type(By.id("pin"), PIN);
    type(By.id("pin-repeat"), PIN);
    scrollTo("pin");
    Chromium.screenshot(browser, "steps-first-pin-en");
    click(browser.findElement(By.id("register")));

    String number =
        Chromium.waitFor(
                browser, ExpectedConditions.presenceOfElementLocated(By.id("protocol-number")))
            .getText();
    assertThat(inputs)
        .as("inputs for a first protocol, its signing PIN chosen on the way")
        .isLessThanOrEqualTo(MAX_INPUTS);
    assertThat(number).matches("[0-9]{2}710001[0-9]{6}");
    Chromium.screenshot(browser, "steps-first-protocol-registered-en");

    browser.get(base() + "/?lang=en");
    WebElement panel =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.id("panel.my-protocols")));
    Chromium.waitFor(
        browser,
        driver ->
            !panel.findElements(By.cssSelector("li[data-number='" + number + "']")).isEmpty());
    assertThat(panel.findElement(By.cssSelector(".today-count")).getText()).endsWith("today");
    Chromium.screenshot(browser, "steps-officer-workspace-en");
    panel.findElement(By.linkText("All my protocols")).click();

    WebElement row = row(number);
    assertThat(row.getAttribute("data-status")).isEqualTo("REGISTERED");
    assertThat(row.getText()).contains("592", CITIZEN_IIN).doesNotContain("speeding-");
    assertNoMissingMessages(browser);
    assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "steps-my-protocols-phone-en");
    String pdf = row.findElement(By.cssSelector("a.pdf")).getAttribute("href");
    assertThat(fetched(pdf)).as("the PDF opens from the list").isEqualTo("200 application/pdf");
    savePdf(pdf, "steps-protocol-" + number);

    browser.findElement(By.id("q")).sendKeys(CITIZEN_IIN);
    browser.findElement(By.cssSelector("#protocol-search button")).click();
    Chromium.waitFor(browser, driver -> driver.getCurrentUrl().contains("q=" + CITIZEN_IIN));
    assertThat(row(number).isDisplayed()).as("found by the person's IIN").isTrue();
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys("X");
    browser.findElement(By.cssSelector("#protocol-search button")).click();
    Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("none")));
    Chromium.screenshot(browser, "steps-my-protocols-search-en");
  }

  @Test
  void serveDecideAppealOnThePortalAndTheHeadDismissesTheAppealAllOnPages() throws Exception {
    ProtocolApi officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    ProtocolApi.withFreshPin(http, "head", PIN);
    String id = officer.register(form(CITIZEN_IIN, PIN)).json().get("id").asString();
    String number = officer.number(id);

    Chromium.signIn(browser, port, "ru", "officer", "demo");
    browser.get(base() + "/offences/protocols");
    row(number).findElement(By.cssSelector("a.number")).click();
    takeStep("SERVE", null, PIN);
    assertStatus("SERVED");
    Chromium.screenshotOfWholePage(browser, "steps-served-phone-ru");

    takeStep("DECIDE_FINE", null, "000000");
    WebElement wrong =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.id("pin-DECIDE_FINE-error")));
    assertThat(wrong.getText()).startsWith("Неверный ПИН").endsWith("4.");
    assertStatus("SERVED");
    Chromium.screenshotOfWholePage(browser, "steps-wrong-pin-phone-ru");
    takeStep("DECIDE_FINE", null, PIN);
    assertStatus("DECIDED");
    assertThat(browser.findElements(By.cssSelector("#timeline li[data-step=DECIDE_FINE] a.pdf")))
        .hasSize(1);
    assertNoMissingMessages(browser);
    assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "steps-decided-phone-ru");

    Chromium.signIn(browser, port, "kk", "citizen", "demo");
    browser.get(base() + "/offences/my-protocols");
    browser.findElement(By.id("protocol-" + number)).findElement(By.cssSelector("a.open")).click();
    WebElement grounds =
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("grounds")));
    grounds.sendKeys("Көлікті сол күні мен басқарған жоқпын.");
    Chromium.screenshot(browser, "steps-citizen-appeals-phone-kk");
    browser.findElement(By.id("appeal-submit")).click();
    Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("appeal-filed")));
    assertThat(browser.findElement(By.id("payment")).getAttribute("data-status"))
        .isEqualTo("APPEALED");
    Chromium.screenshot(browser, "steps-citizen-appealed-phone-kk");

    browser.manage().window().setSize(new Dimension(1280, 900));
    Chromium.signIn(browser, port, "en", "head", "demo");
    WebElement panel =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.id("panel.unit-protocols")));
    WebElement count =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".appeals-count")));
    assertThat(count.getText()).matches("(more than )?\\d+ waiting").isNotEqualTo("0 waiting");
    assertThat(panel.findElements(By.cssSelector(".oldest a"))).hasSize(1);
    Chromium.screenshot(browser, "steps-head-workspace-en");
    panel.findElement(By.linkText("Appeals")).click();
    WebElement queued =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.id("appeal-" + number)));
    assertThat(queued.findElement(By.cssSelector(".waited")).getText()).matches("\\d+ h \\d+ min");
    assertThat(queued.findElement(By.cssSelector(".grounds")).getText())
        .isEqualTo("Көлікті сол күні мен басқарған жоқпын.");
    assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "steps-unit-appeals-en");
    queued.findElement(By.linkText("Decide")).click();

    Chromium.waitFor(
        browser, ExpectedConditions.presenceOfElementLocated(By.id("step-GRANT_APPEAL")));
    assertThat(browser.findElement(By.id("appeal-grounds")).getText()).contains("басқарған жоқпын");
    assertThat(browser.findElement(By.id("unit")).getText())
        .as("the unit by name")
        .doesNotContain("710001");
    assertThat(browser.findElements(By.id("step-SERVE"))).as("only the head's steps").isEmpty();
    takeStep("DISMISS_APPEAL", null, null);
    WebElement reasonsError =
        Chromium.waitFor(
            browser,
            ExpectedConditions.presenceOfElementLocated(By.id("reasons-DISMISS_APPEAL-error")));
    assertThat(reasonsError.getText()).startsWith("State the reasons");
    assertThat(browser.findElement(By.id("pin-DISMISS_APPEAL-error")).getText())
        .as("every missing field at once")
        .isEqualTo("Enter your signing PIN.");
    Chromium.screenshotOfWholePage(browser, "steps-dismiss-refused-en");
    takeStep(
        "DISMISS_APPEAL",
        "The photo of the radar shows the person's car and the person at the wheel.",
        PIN);
    assertStatus("IN_FORCE");
    assertThat(
            browser.findElement(By.cssSelector("#timeline li[data-step=DISMISS_APPEAL]")).getText())
        .contains("Appeal dismissed", "Ерлан Сапаров", "radar shows")
        .doesNotContain(" head");
    for (String act : List.of("SERVE", "DECIDE_FINE", "APPEAL", "DISMISS_APPEAL")) {
      assertThat(browser.findElements(By.cssSelector("#timeline li[data-step=" + act + "] a.pdf")))
          .as("the act of " + act)
          .hasSize(1);
    }
    Chromium.screenshotOfWholePage(browser, "steps-appeal-dismissed-en");
    assertThat(officer.status(id)).isEqualTo("IN_FORCE");

    browser.get(base() + "/offences/unit");
    new Select(browser.findElement(By.id("status"))).selectByValue("IN_FORCE");
    new Select(browser.findElement(By.id("officer"))).selectByValue("officer");
    browser.findElement(By.cssSelector("#unit-filter button")).click();
    Chromium.waitFor(
        browser, driver -> driver.getCurrentUrl().contains("status=IN_FORCE&officer=officer"));
    assertThat(row(number).getText()).contains("in force");
    assertThat(browser.findElements(By.cssSelector("#protocols tbody tr")))
        .allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("IN_FORCE"));
    assertThat(browser.findElements(By.id("appeal-" + number)))
        .as("decided: off the queue")
        .isEmpty();
    Chromium.screenshotOfWholePage(browser, "steps-unit-register-en");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "steps-unit-register-phone-en");
  }

  /**
   * Fills a step's form on the protocol page (reasons, PIN: null leaves them empty), signs, and
   * waits for the page that answers.
   */
  private void takeStep(String step, String reasons, String pin) {
    WebElement form =
        Chromium.waitFor(
            browser, ExpectedConditions.presenceOfElementLocated(By.id("step-" + step)));
    if (reasons != null) {
      form.findElement(By.name("reasons")).sendKeys(reasons);
    }
    if (pin != null) {
      form.findElement(By.name("pin")).sendKeys(pin);
    }
    form.findElement(By.id("submit-" + step)).click();
    Chromium.waitUntilGone(browser, form);
  }

  private void assertStatus(String status) {
    Chromium.waitFor(
        browser,
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#protocol-status[data-status=" + status + "]")));
  }

  private static WebElement row(String number) {
    return Chromium.waitFor(
        browser,
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#protocols tr[data-number='" + number + "']")));
  }

  /** What fetching the link answers in the browser's session: status and content type. */
  private static Object fetched(String href) {
    return ((JavascriptExecutor) browser)
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done("
                + "r.status + ' ' + r.headers.get('Content-Type')))",
            href);
  }

  /** The PDF of a page link ({@code /documents/<sha256>?…}), kept beside the screenshots. */
  private void savePdf(String href, String name) throws IOException {
    String sha = href.replaceAll(".*/documents/([0-9a-f]{64}).*", "$1");
    BinaryReply pdf = http.getBytes("/api/documents/" + sha, auth(http.token("officer", "demo")));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Files.write(Path.of("target", "screenshots", name + ".pdf"), pdf.body());
  }

  private void scrollTo(String id) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  /** One input: typing into a field (or choosing a file). */
  private void type(By field, String text) {
    inputs++;
    browser.findElement(field).sendKeys(text);
  }

  /** One input: choosing an option or pressing a button. */
  private void click(WebElement element) {
    inputs++;
    element.click();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
