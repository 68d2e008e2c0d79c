package kz.ecase.cases;

import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.investigations.ReportApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's cases and complaint on a phone in Debian's chromium: "my cases" in Kazakh with the
 * summons and the recognition, a complaint about the recognition refused for its empty text and
 * then sent; the supervising prosecutor's complaints page in Russian with the queue and the chart,
 * the complaint upheld from it. Screenshots go to {@code app/target/screenshots}. Skipped where
 * chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class ComplaintBrowserIT {

  static final String PIN = "141421";

  static WebDriver browser;

  @LocalServerPort int port;

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

  @Test
  void aCitizenComplainsFromTheirPhoneAndTheSupervisorUpholdsIt() throws Exception {
    HttpClientSession http = new HttpClientSession(port);
    ReportApi officer = ReportApi.withPin(http, "officer", PIN);
    ReportApi investigatorReports = ReportApi.withPin(http, "investigator", PIN);
    CaseApi investigator = CaseApi.of(investigatorReports, PIN);
    ReportApi.withPin(http, "supervisor", PIN);
    String reportId = officer.receive(ReportApi.theft(PIN));
    investigatorReports.stepped(reportId, decision("REGISTER", PIN, "article", "188-1"));
    String caseId = investigator.caseOfReport(reportId);
    String victim = investigator.participant(caseId, "VICTIM", CaseInvestigationIT.VICTIM);
    String recognised =
        investigator.signed(caseId, CaseApi.recognition(victim)).get("id").asString();
    investigator.signed(caseId, CaseApi.summons(victim));

    browser.manage().window().setSize(new Dimension(390, 844));
    Chromium.signIn(browser, port, "kk", "citizen", "demo");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("panel.participation")));
    Chromium.screenshotOfWholePage(browser, "citizen-workspace-phone-kk");
    browser.get(base() + "/cases/my-cases");
    WebElement card = wait(ExpectedConditions.presenceOfElementLocated(By.id("case-" + caseId)));
    assertThat(card.findElement(By.cssSelector(".summons .where")).getText())
        .contains("Бейбітшілік");
    Chromium.assertNoMissingMessages(browser);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-my-cases-phone-kk");

    card.findElement(By.cssSelector("li[data-document='" + recognised + "'] a.complain")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
    assertThat(new Select(browser.findElement(By.id("documentId"))).getFirstSelectedOption())
        .extracting(option -> option.getAttribute("value"))
        .isEqualTo(recognised);
    browser.findElement(By.id("send")).click();
    WebElement textError = wait(ExpectedConditions.presenceOfElementLocated(By.id("text-error")));
    assertThat(textError.getText()).isNotBlank();
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-complaint-refused-phone-kk");
    browser.findElement(By.id("text")).sendKeys("Маған жәбірленушінің құқықтары түсіндірілмеді");
    browser.findElement(By.id("send")).click();
    WebElement filed = wait(ExpectedConditions.presenceOfElementLocated(By.id("filed")));
    String number = filed.getText().replaceAll(".*(Ж-[0-9-]+).*", "$1");
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "citizen-complaint-filed-phone-kk");

    browser.manage().window().setSize(new Dimension(1280, 900));
    Chromium.signIn(browser, port, "ru", "supervisor", "demo");
    WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(By.id("panel.complaints")));
    wait(driver -> panel.getText().contains("Ожидают"));
    Chromium.screenshot(browser, "supervisor-workspace-ru");
    browser.get(base() + "/cases/complaints");
    WebElement item =
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.complaint h3")));
    assertThat(browser.findElement(By.id("complaints-chart")).isDisplayed()).isTrue();
    Chromium.assertNoMissingMessages(browser);
    Chromium.screenshotOfWholePage(browser, "supervisor-complaints-ru");
    assertThat(item.getText()).isNotBlank();

    WebElement mine =
        browser.findElements(By.cssSelector("article.complaint")).stream()
            .filter(a -> a.findElement(By.tagName("h3")).getText().contains(number))
            .findFirst()
            .orElseThrow();
    String id = mine.getAttribute("data-complaint");
    mine.findElement(By.name("reasons")).sendKeys("Права потерпевшей не разъяснены");
    mine.findElement(By.name("pin")).sendKeys(PIN);
    mine.findElement(By.cssSelector("button[value=UPHELD]")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("decided-message")));
    assertThat(browser.findElement(By.id("complaint-" + id)).getAttribute("data-state"))
        .isEqualTo("UPHELD");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base() + "/cases/complaints");
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshotOfWholePage(browser, "supervisor-complaints-phone-ru");
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
