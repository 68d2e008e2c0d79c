package kz.ecase.cases;

import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.investigations.ReportApi;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A criminal case in Debian's chromium: the investigator finds the case in "My cases", adds the
 * suspect, signs the admitting interrogation with its audio and then the order-procedure protocol,
 * which goes to the duty prosecutor (as the law table names); the duty prosecutor sees it in the
 * workspace panel, opens the PDF from the queue and approves it with the PIN, and the case goes to
 * court. The case page in Kazakh with a Kazakh document, on a phone without sideways scrolling, and
 * the head's unit list with its chart. Screenshots and the two PDFs (Kazakh, Russian) go to {@code
 * app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class CaseApprovalBrowserIT {

  static final String PIN = "161803";

  static WebDriver browser;

  @LocalServerPort int port;

  HttpClientSession http;
  ReportApi officer;
  ReportApi investigatorReports;
  CaseApi investigator;

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
    investigatorReports = ReportApi.withPin(http, "investigator", PIN);
    investigator = CaseApi.of(investigatorReports, PIN);
    ReportApi.withPin(http, "duty-prosecutor", PIN);
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void theInvestigatorSendsTheOrderProtocolAndTheDutyProsecutorApprovesItFromTheQueue()
      throws Exception {
    String caseId = registeredCase("188-1", "ORDER_PROCEDURE");
    Path audio = Files.createTempFile("dopros", ".mp3");
    Files.write(audio, new byte[] {73, 68, 51, 4, 0, 0, 0, 0, 0, 0});

    Chromium.signIn(browser, port, "ru", "investigator", "demo");
    WebElement mine = wait(ExpectedConditions.presenceOfElementLocated(By.id("panel.my-cases")));
    wait(driver -> !mine.findElements(By.cssSelector("li[data-case='" + caseId + "']")).isEmpty());
    Chromium.screenshot(browser, "cases-investigator-workspace-ru");
    browser.get(base() + "/cases");
    WebElement row = browser.findElement(By.cssSelector("#cases tr[data-case='" + caseId + "']"));
    assertThat(row.findElement(By.cssSelector(".time-left")).getText()).startsWith("осталось");
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "cases-mine-ru");
    row.findElement(By.tagName("a")).click();

    wait(ExpectedConditions.presenceOfElementLocated(By.id("participant-form")));
    new Select(browser.findElement(By.id("role"))).selectByValue("SUSPECT");
    browser.findElement(By.id("iin")).sendKeys(CaseInvestigationIT.SUSPECT);
    browser.findElement(By.cssSelector("#participant-form button")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-role=SUSPECT]")));

    Select kind = new Select(browser.findElement(By.id("kind")));
    kind.selectByValue("INTERROGATION_PROTOCOL");
    assertThat(browser.findElement(By.id("participantId")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("period")).isDisplayed())
        .as("only the fields the kind takes")
        .isFalse();
    new Select(browser.findElement(By.id("participantId"))).selectByIndex(1);
    browser.findElement(By.id("admits")).click();
    browser
        .findElement(By.id("text"))
        .sendKeys("Вину признаю полностью, ноутбук взял, чтобы продать.");
    browser.findElement(By.id("files")).sendKeys(audio.toAbsolutePath().toString());
    browser.findElement(By.id("pin")).sendKeys(PIN);
    Chromium.screenshotOfWholePage(browser, "cases-interrogation-form-ru");
    browser.findElement(By.id("sign")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#signed[data-state=IN_EFFECT]")));

    new Select(browser.findElement(By.id("kind"))).selectByValue("ORDER_PROTOCOL");
    assertThat(browser.findElement(By.id("participantId")).isDisplayed()).isFalse();
    browser.findElement(By.id("text")).sendKeys("Вина подтверждается признанием подозреваемого.");
    browser.findElement(By.id("sign")).click();
    WebElement pinError = wait(ExpectedConditions.presenceOfElementLocated(By.id("pin-error")));
    assertThat(pinError.getText()).isEqualTo("Введите ПИН подписи.");
    assertThat(browser.findElement(By.id("text")).getAttribute("value"))
        .as("the refused form keeps what was written")
        .contains("признанием");
    Chromium.screenshotOfWholePage(browser, "cases-protocol-refused-ru");
    browser.findElement(By.id("pin")).sendKeys(PIN);
    browser.findElement(By.id("sign")).click();
    WebElement sent =
        wait(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#signed[data-state=WAITING]")));
    assertThat(sent.getText()).contains("Дежурный прокурор");
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "cases-protocol-sent-ru");

    Chromium.signIn(browser, port, "en", "duty-prosecutor", "demo");
    WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(By.id("panel.to-approve")));
    wait(driver -> panel.getText().contains("waiting"));
    Chromium.screenshot(browser, "cases-duty-prosecutor-workspace-en");
    panel.findElement(By.linkText("Open the queue")).click();
    WebElement item =
        wait(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.approval[data-case='" + caseId + "']")));
    String documentId = item.getAttribute("data-document");
    assertThat(item.getText()).contains("Order-procedure protocol", "investigator");
    String pdf = item.findElement(By.cssSelector("a.pdf")).getAttribute("href");
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "cases-approvals-en");
    Object opened =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done("
                    + "r.status + ' ' + r.headers.get('Content-Type')))",
                pdf);
    assertThat(opened).as("the PDF opens from the queue").isEqualTo("200 application/pdf");

    item = wait(ExpectedConditions.presenceOfElementLocated(By.id("doc-" + documentId)));
    item.findElement(By.name("pin")).sendKeys(PIN);
    item.findElement(By.cssSelector("button[value=APPROVE]")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
    assertThat(browser.findElements(By.id("doc-" + documentId))).isEmpty();
    Chromium.screenshotOfWholePage(browser, "cases-approved-en");
    browser.findElement(By.linkText("Open the case")).click();
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#case-status[data-status=SENT_TO_COURT]")));
    assertThat(browser.findElements(By.cssSelector("#timeline li[data-step=SEND_TO_COURT]")))
        .hasSize(1);
    Chromium.screenshotOfWholePage(browser, "cases-sent-to-court-en");
    assertThat(investigator.viewed(caseId).get("status").asString()).isEqualTo("SENT_TO_COURT");
    savePdf(caseId, documentId, "case-order-protocol-ru");
  }

  @Test
  void theCasePageReadsInKazakhFitsAPhoneAndTheHeadSeesTheChart() throws Exception {
    String caseId = registeredCase("188-1", null);
    Chromium.signIn(browser, port, "kk", "investigator", "demo");
    browser.get(base() + "/cases/" + caseId);
    new Select(browser.findElement(By.id("language-choice"))).selectByValue("KK");
    browser.findElement(By.cssSelector("#language-form button")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    new Select(browser.findElement(By.id("kind"))).selectByValue("EXTEND_TERM");
    assertThat(browser.findElement(By.id("period")).isDisplayed()).isTrue();
    new Select(browser.findElement(By.id("period"))).selectByValue("P1M");
    browser
        .findElement(By.id("text"))
        .sendKeys("Тауартану сараптамасы тағайындалды, қорытынды үш аптадан кейін күтілуде.");
    browser.findElement(By.id("pin")).sendKeys(PIN);
    browser.findElement(By.id("sign")).click();
    WebElement sent =
        wait(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#signed[data-state=WAITING]")));
    assertThat(sent.getText()).contains("Қадағалаушы прокурор");
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "cases-case-kk");
    String documentId =
        browser
            .findElement(By.cssSelector(".document[data-kind=EXTEND_TERM]"))
            .getAttribute("id")
            .substring("document-".length());
    savePdf(caseId, documentId, "case-extend-term-kk");

    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base() + "/cases/" + caseId + "?lang=ru");
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "cases-case-phone-ru");
    browser.get(base() + "/cases");
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "cases-mine-phone-ru");

    browser.manage().window().setSize(new Dimension(1280, 900));
    Chromium.signIn(browser, port, "en", "head", "demo");
    browser.get(base() + "/cases/unit");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("unit-chart")));
    assertThat(browser.findElements(By.cssSelector("#unit-chart g.bar"))).isNotEmpty();
    assertNoMissingMessages();
    Chromium.screenshotOfWholePage(browser, "cases-unit-en");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base() + "/cases/unit");
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "cases-unit-phone-en");

    Chromium.signIn(browser, port, "ru", "supervisor", "demo");
    browser.get(base() + "/cases/approvals");
    WebElement item = wait(ExpectedConditions.presenceOfElementLocated(By.id("doc-" + documentId)));
    assertNoSidewaysScrolling();
    Chromium.screenshotOfWholePage(browser, "cases-approvals-phone-ru");
    item.findElement(By.cssSelector("button[value=RETURN]")).click();
    WebElement remarks =
        wait(ExpectedConditions.presenceOfElementLocated(By.id("remarks-error-" + documentId)));
    assertThat(remarks.getText()).startsWith("Укажите");
    Chromium.screenshotOfWholePage(browser, "cases-return-refused-phone-ru");
  }

  private String registeredCase(String article, String form) {
    String reportId = officer.receive(ReportApi.theft(PIN));
    if (form == null) {
      investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", article));
    } else {
      investigatorReports.stepped(
          reportId, decision("REGISTER", PIN, "article", article, "form", form));
    }
    return investigator.caseOfReport(reportId);
  }

  /** The document's PDF, kept beside the screenshots to be looked at. */
  private void savePdf(String caseId, String documentId, String name) throws IOException {
    String sha =
        investigator
            .viewed(caseId)
            .get("documents")
            .valueStream()
            .filter(d -> d.get("id").asString().equals(documentId))
            .findFirst()
            .orElseThrow()
            .get("sha256")
            .asString();
    BinaryReply pdf = http.getBytes("/api/documents/" + sha, ReportApi.auth(investigator.token));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Files.write(Path.of("target", "screenshots", name + ".pdf"), pdf.body());
  }

  private static void assertNoMissingMessages() {
    Chromium.assertNoMissingMessages(browser);
  }

  private static void assertNoSidewaysScrolling() {
    Chromium.assertNoSidewaysScrolling(browser);
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
