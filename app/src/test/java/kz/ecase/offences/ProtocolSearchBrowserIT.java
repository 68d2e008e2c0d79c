package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search box in the header, in a real browser: an officer types a Russian spelling of a Kazakh
 * name and finds the protocol among the latest 20, on a desktop as a table (and asks for the rest:
 * htmx replaces the protocols' part) and on a phone as cards, and opens its page; too short a text
 * is named beside the box. Screenshots in {@code app/target/screenshots}.
 */
@EcaseIntegrationTest
class ProtocolSearchBrowserIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  WebDriver browser;

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theOfficerFindsAProtocolByNameFromTheHeaderOnADesktopAndAPhone() throws IOException {
    StringBuilder token = new StringBuilder();
    for (long n = System.nanoTime(); token.length() < 6; n /= 15) {
      token.append("бвгдклмнпрстфхш".charAt((int) (n % 15)));
    }
    String surname = "Құдайберг" + token + "ов";
    for (int i = 0; i < 20; i++) {
      protocol(surname + " Әсем Ерланқызы");
    }
    String number = protocol(surname + " Әсем Серікқызы");
    String typed = surname.replace('Қ', 'К').replace('ұ', 'у').toUpperCase() + " асем";

    for (int width : new int[] {1280, 390}) {
      browser = Chromium.start(width, 900);
      Chromium.signIn(browser, port, "ru", "officer", "demo");
      browser.findElement(By.id("header-q")).sendKeys(typed);
      browser.findElement(By.cssSelector(".header-search button")).click();

      var row =
          browser.findElement(By.cssSelector("#search-results tr[data-number='" + number + "']"));
      assertThat(row.findElement(By.cssSelector(".name")).getText()).startsWith(surname);
      assertThat(row.isDisplayed()).isTrue();
      Chromium.screenshot(browser, "search-by-name-" + width);
      assertThat(browser.findElements(By.cssSelector("#search-results tbody tr"))).hasSize(20);
      if (width > 500) {
        assertThat(browser.findElement(By.cssSelector("#search-results thead")).isDisplayed())
            .isTrue();
        ((JavascriptExecutor) browser).executeScript("window.samePage = true");
        browser.findElement(By.id("more-lines")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
            .until(b -> b.findElements(By.cssSelector("#search-results tbody tr")).size() == 21);
        assertThat(browser.getCurrentUrl()).as("pushed by htmx").contains("limit=100");
        assertThat(browser.findElements(By.id("more-lines"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true"))
            .as("only the protocols' part replaced, not the page")
            .isEqualTo(true);
        Chromium.screenshot(browser, "search-by-name-more-" + width);
        row =
            browser.findElement(By.cssSelector("#search-results tr[data-number='" + number + "']"));
      }
      row.findElement(By.cssSelector("a.number")).click();
      assertThat(browser.getPageSource()).contains(number);
      browser.quit();
      browser = null;
    }

    browser = Chromium.start(1280, 900);
    Chromium.signIn(browser, port, "ru", "officer", "demo");
    browser.findElement(By.id("header-q")).sendKeys("ab");
    browser.findElement(By.cssSelector(".header-search button")).click();
    assertThat(browser.findElement(By.id("search-error")).getText())
        .isEqualTo("Не менее 3 букв имени.");
    assertThat(browser.findElement(By.id("search-q")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    Chromium.screenshot(browser, "search-too-short");
  }

  private String protocol(String name) {
    UUID id = UUID.randomUUID();
    String number = "18710001" + String.format("%06d", (int) (System.nanoTime() % 1_000_000));
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            "insert into offence_protocols (id, number, unit, officer, offender_iin, article_code,"
                + " catalogue_version, offence_time, place, plate, fine_mci, fine_kzt,"
                + " payment_reference, created_at, idempotency_key, document_sha256,"
                + " signature_sha256, receipt) values (:id, :number, '710001', 'officer',"
                + " '850315401231', 'speeding-20-40', 2, :now, 'Астана', '123ABC01', 10, 43250,"
                + " :reference, :now, :key, repeat('a', 64), repeat('b', 64), 0)")
        .param("id", id)
        .param("number", number)
        .param("now", now)
        .param("reference", number + "0")
        .param("key", id.toString())
        .update();
    jdbc.sql(
            "insert into offence_protocol_events (protocol_id, seq, type, from_status, to_status,"
                + " at, actor, reasons, receipt) values (:id, 1, 'REGISTER', 'DRAFT', 'REGISTERED',"
                + " :now, 'officer', '', 0)")
        .param("id", id)
        .param("now", now)
        .update();
    jdbc.sql(
            "insert into offence_protocol_particulars (protocol_id, language, offender_name)"
                + " values (:id, 'kk', :name)")
        .param("id", id)
        .param("name", name)
        .update();
    return number;
  }
}
