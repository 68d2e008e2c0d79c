package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
  }
}
