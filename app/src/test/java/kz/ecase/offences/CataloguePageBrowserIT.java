package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's catalogue page on a phone (390×844): every row of the version in force, those
 * officers are not offered marked so, unconfirmed values named in words and in the data's own form;
 * the earlier version still readable.
 */
@EcaseIntegrationTest
class CataloguePageBrowserIT {

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
  void theAdministratorSeesEveryRowWithWhatIsNotConfirmed() throws IOException {
    Chromium.signIn(browser, port, "en", "admin", "demo");
    browser.findElement(By.cssSelector("a[href$='/offences/catalogue']")).click();
    Chromium.waitFor(
        browser,
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
            By.id("catalogue")));

    assertThat(browser.findElements(By.cssSelector("#catalogue tbody tr"))).hasSize(44);
    assertThat(browser.findElement(By.id("not-offered-count")).getText())
        .isEqualTo("44 rows, 5 not offered to officers");
    String reversing = browser.findElement(By.id("row-reversing-where-prohibited")).getText();
    assertThat(reversing)
        .contains("? ч.?", "not offered to officers: the article number is not confirmed")
        .contains("not yet confirmed: article number, part");
    String seatBelt = browser.findElement(By.id("row-seat-belt")).getText();
    assertThat(seatBelt).contains("593 ч.1?").doesNotContain("not offered");
    Chromium.assertNoMissingMessages(browser);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshot(browser, "catalogue-admin-phone-en");

    browser.get("http://localhost:" + port + "/offences/catalogue?version=1");
    assertThat(browser.findElement(By.id("row-seat-belt")).getText()).contains("596? ч.?");

    browser.get("http://localhost:" + port + "/offences/catalogue/rows/seat-belt");
    assertThat(browser.findElement(By.id("article")).getAttribute("value")).isEqualTo("593");
    Chromium.assertNoMissingMessages(browser);
    Chromium.assertNoSidewaysScrolling(browser);
    Chromium.screenshot(browser, "catalogue-correct-form-phone-en");
  }

  /**
   * At a desk: the administrator opens a row of the latest version, saves it with wrong values and
   * sees every error beside its field at once (nothing made), then mends them, confirms the
   * on-the-spot value and saves: a new version shows the row corrected.
   */
  @Test
  void theAdministratorCorrectsARowAsANewVersion() throws IOException {
    WebDriver desk = Chromium.start(1280, 900);
    try {
      Chromium.signIn(desk, port, "en", "admin", "demo");
      desk.get("http://localhost:" + port + "/offences/catalogue");
      List<WebElement> versions = desk.findElements(By.cssSelector("nav.versions a"));
      versions.get(versions.size() - 1).click();
      Chromium.waitFor(desk, ExpectedConditions.presenceOfElementLocated(By.id("catalogue")));
      int latest = versions.size();
      desk.findElement(By.cssSelector("#row-speeding-40-60 a.correct")).click();
      Chromium.waitFor(desk, ExpectedConditions.presenceOfElementLocated(By.id("row-form")));
      assertThat(desk.findElement(By.tagName("h1")).getText()).isEqualTo("Correct a catalogue row");
      assertThat(desk.findElement(By.id("fineIndividual")).getAttribute("value")).isEqualTo("20");
      assertThat(desk.findElement(By.id("onTheSpot-confirmed")).isSelected()).isFalse();

      replace(desk, "part", "three");
      replace(desk, "fineIndividual", "30-20");
      setDate(desk, "2020-01-01");
      desk.findElement(By.id("save")).click();
      Chromium.waitFor(desk, ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));

      assertThat(desk.findElement(By.id("form-errors")).getText()).startsWith("4 fields to mend");
      assertThat(desk.findElement(By.id("part-error")).getText()).startsWith("A part such as 2");
      assertThat(desk.findElement(By.id("fineIndividual-error")).getText())
          .startsWith("MCI as 10 or 10-20");
      assertThat(desk.findElement(By.id("reason-error")).getText()).startsWith("Say why");
      assertThat(desk.findElement(By.id("effectiveFrom-error")).getText())
          .startsWith("A date from today on");
      assertThat(desk.findElement(By.id("fineIndividual")).getAttribute("value"))
          .as("what was typed stays to be mended")
          .isEqualTo("30-20");
      Chromium.assertNoMissingMessages(desk);
      Chromium.screenshotOfWholePage(desk, "catalogue-correct-errors-desktop-en");

      replace(desk, "part", "3");
      replace(desk, "fineIndividual", "20-25");
      WebElement onTheSpot = desk.findElement(By.id("onTheSpot-confirmed"));
      if (!onTheSpot.isSelected()) {
        onTheSpot.click();
      }
      replace(desk, "reason", "Article 592 part 3 checked against the Code (browser test)");
      setDate(desk, "2099-01-01");
      desk.findElement(By.id("save")).click();
      Chromium.waitFor(desk, ExpectedConditions.presenceOfElementLocated(By.id("corrected")));

      assertThat(desk.findElement(By.id("corrected")).getText())
          .startsWith("Version " + (latest + 1) + " made: row speeding-40-60 corrected")
          .contains("2099-01-01");
      String row = desk.findElement(By.id("row-speeding-40-60")).getText();
      assertThat(row).contains("fine 20-25 MCI", "on the spot: yes ·").doesNotContain("yes?");
      assertThat(row).doesNotContain("settlement on the spot");
      Chromium.assertNoMissingMessages(desk);
      ((JavascriptExecutor) desk)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              desk.findElement(By.id("row-speeding-40-60")));
      Chromium.screenshot(desk, "catalogue-corrected-desktop-en");
    } finally {
      desk.quit();
    }
  }

  private static void replace(WebDriver browser, String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void setDate(WebDriver browser, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("effectiveFrom")),
            isoDate);
  }
}
