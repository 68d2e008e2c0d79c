package kz.ecase.cases;

import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.investigations.ReportApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The defence in Debian's chromium: the lawyer asks on their page to be admitted to a case (every
 * field at fault marked first), the investigator admits them from the case page with the PIN, the
 * lawyer opens the file from their list (in Kazakh, and on a phone), reads a document's PDF and
 * files a motion; the investigator refuses it by a signed decision with reasons, and the lawyer
 * sees the answer. Every read of the file is in {@code audit_reads} with its purpose. Screenshots
 * go to {@code app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class CaseDefenceBrowserIT {

  static final String PIN = "271828";
  static final String DEFENCE_READ = "defence: read the case file";
  static final String PDF_READ = "read the case file";

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

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
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void theLawyerReadsTheFile() throws Exception {
    String reportId = officer.receive(ReportApi.theft(PIN));
    investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", "188-1"));
    String caseId = investigator.caseOfReport(reportId);
    String number = investigator.viewed(caseId).get("erdrNumber").asString();

    Chromium.signIn(browser, port, "ru", "lawyer", "demo");
    WebElement panel = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("panel.defence")));
    panel.findElement(By.linkText("Открыть")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("request-form")));
    browser.findElement(By.id("erdrNumber")).sendKeys("26");
    browser.findElement(By.id("ask-admission")).click();
    WebElement numberError =
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("erdrNumber-error")));
    assertThat(numberError.getText()).isEqualTo("Номер дела в ЕРДР: 15 цифр.");
    assertThat(browser.findElement(By.id("clientIin-error")).getText())
        .as("every field at fault at once")
        .startsWith("ИИН подзащитного");
    assertThat(browser.findElement(By.id("warrant-error")).getText()).startsWith("Номер и дата");
    Chromium.screenshotOfWholePage(browser, "defence-request-refused-ru");
    WebElement erdr = browser.findElement(By.id("erdrNumber"));
    erdr.clear();
    erdr.sendKeys(number);
    browser.findElement(By.id("clientIin")).sendKeys(CaseInvestigationIT.SUSPECT);
    browser.findElement(By.id("warrant")).sendKeys("№ 17 от 05.12.2026");
    browser.findElement(By.id("ask-admission")).click();
    WebElement requested = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("requested")));
    assertThat(requested.getText()).startsWith("Ваш запрос направлен следователю");
    assertThat(browser.findElements(By.cssSelector("#cases tr[data-case='" + caseId + "']")))
        .as("not admitted yet")
        .isEmpty();
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "defence-lawyer-ru");

    Chromium.signIn(browser, port, "ru", "investigator", "demo");
    browser.get(base() + "/cases/" + caseId);
    WebElement request =
        waitFor(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#defence-requests article.defence-request")));
    assertThat(request.getText()).contains(CaseInvestigationIT.LAWYER_IIN, "№ 17 от 05.12.2026");
    assertThat(request.findElement(By.tagName("textarea")).getAttribute("value"))
        .isEqualTo("Предъявлен ордер № 17 от 05.12.2026.");
    request.findElement(By.name("pin")).sendKeys(PIN);
    scrollTo(request);
    Chromium.screenshot(browser, "defence-admission-ru");
    request.findElement(By.cssSelector("button.admit")).click();
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".document[data-kind=ADMIT_DEFENCE][data-state=IN_EFFECT]")));
    assertThat(browser.findElements(By.id("defence-requests"))).as("none pending").isEmpty();
    assertThat(browser.findElement(By.cssSelector("tr[data-role=DEFENCE_LAWYER]")).getText())
        .contains(CaseInvestigationIT.LAWYER_IIN);

    Chromium.signIn(browser, port, "ru", "lawyer", "demo");
    browser.get(base() + "/cases/defence");
    WebElement admitted =
        waitFor(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cases tr[data-case='" + caseId + "']")));
    assertThat(admitted.getText()).contains(number, "В производстве", "осталось");
    Chromium.screenshotOfWholePage(browser, "defence-lawyer-cases-ru");
    browser.get(base() + "/cases/defence?lang=kk");
    WebElement row =
        waitFor(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cases tr[data-case='" + caseId + "']")));
    assertThat(row.getText()).contains(number, "Өндірісте");
    row.findElement(By.tagName("a")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("motion-form")));
    for (String form : List.of("document-form", "participant-form", "language-form")) {
      assertThat(browser.findElements(By.id(form))).as("read-only: no " + form).isEmpty();
    }
    String pdf =
        browser
            .findElement(By.cssSelector(".document[data-kind=ADMIT_DEFENCE] a.pdf"))
            .getAttribute("href");
    assertThat(opened(pdf)).as("the lawyer reads the PDF").isEqualTo("200 application/pdf");
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "defence-file-kk");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("motion-form")));
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "defence-file-phone-kk");

    browser.findElement(By.id("file-motion")).click();
    WebElement motionError =
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("motion-text-error")));
    assertThat(motionError.getText()).isEqualTo("Өтінішхатты жазыңыз (8000 таңбаға дейін).");
    browser
        .findElement(By.id("motion-text"))
        .sendKeys("Ноутбуктың құнын анықтау үшін тауартану сараптамасын тағайындауды сұраймын.");
    browser.findElement(By.id("file-motion")).click();
    WebElement motion =
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.motion")));
    String motionId = motion.getAttribute("data-motion");
    assertThat(motion.getText()).contains("тауартану сараптамасын", "жауап беру");
    browser.manage().window().setSize(new Dimension(1280, 900));

    Chromium.signIn(browser, port, "ru", "investigator", "demo");
    browser.get(base() + "/cases/" + caseId);
    new Select(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kind"))))
        .selectByValue("MOTION_DECISION");
    new Select(browser.findElement(By.id("answers"))).selectByValue(motionId);
    browser.findElement(By.cssSelector("input[name=granted][value=false]")).click();
    browser
        .findElement(By.id("text"))
        .sendKeys("Стоимость ноутбука подтверждена кассовым чеком; экспертиза не требуется.");
    browser.findElement(By.id("pin")).sendKeys(PIN);
    browser.findElement(By.id("sign")).click();
    waitFor(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#signed[data-state=IN_EFFECT]")));

    Chromium.signIn(browser, port, "en", "lawyer", "demo");
    browser.get(base() + "/cases/" + caseId);
    WebElement answered =
        waitFor(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.motion[data-motion='" + motionId + "']")));
    assertThat(answered.getAttribute("data-granted")).isEqualTo("false");
    assertThat(answered.getText())
        .contains("Refused", "Стоимость ноутбука подтверждена кассовым чеком");
    assertThat(opened(answered.findElement(By.cssSelector("a.pdf")).getAttribute("href")))
        .as("the decision's PDF")
        .isEqualTo("200 application/pdf");
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "defence-answered-en");

    assertThat(CaseApi.readPurposes(jdbc, "lawyer", caseId))
        .as("every read of the file audited with its purpose")
        .containsExactly(
            DEFENCE_READ, // opened from the list
            PDF_READ, // the admission's PDF
            DEFENCE_READ, // on the phone
            DEFENCE_READ, // the motion refused, its error beside it
            DEFENCE_READ, // the motion filed
            DEFENCE_READ, // the answer seen
            PDF_READ); // the decision's PDF
  }

  /** Fetches a link as the page would (with the session) and says its status and type. */
  private static Object opened(String href) {
    return ((JavascriptExecutor) browser)
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done("
                + "r.status + ' ' + r.headers.get('Content-Type')))",
            href);
  }

  private static void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  private static <T> T waitFor(ExpectedCondition<T> condition) {
    return Chromium.waitFor(browser, condition);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
