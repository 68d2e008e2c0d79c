package kz.ecase.documents;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's phone (390×844, no sign-in) opens the address of a protocol's QR code and sees
 * "genuine" with its number; then uploads a copy of the PDF with one byte changed and sees "not
 * genuine". Screenshots {@code document-check-*} in {@code app/target/screenshots}.
 */
@EcaseIntegrationTest
class DocumentCheckBrowserIT {

  private static final String PIN = "161803";

  static WebDriver phone;

  @LocalServerPort int port;
  @TempDir Path directory;

  @BeforeAll
  static void startBrowser() throws Exception {
    phone = Chromium.start(390, 844);
  }

  @AfterAll
  static void stopBrowser() {
    if (phone != null) {
      phone.quit();
    }
  }

  @Test
  void aPhoneScansAProtocolAndThenChecksAChangedCopy() throws Exception {
    HttpClientSession http = new HttpClientSession(port);
    ProtocolApi officer = ProtocolApi.withFreshPin(http, "officer", PIN);
    var registered = officer.register(ProtocolApi.form("850315401231", PIN)).json();
    String number = registered.get("number").asString();
    byte[] pdf =
        http.getBytes(
                "/api/documents/" + registered.get("documentSha256").asString(),
                auth(officer.token()))
            .body();
    URI scanned = URI.create(PrintedQrCode.read(pdf, "document-check-phone-protocol-pdf"));

    String page = "http://localhost:" + port + scanned.getPath() + "?lang=kk";
    phone.get(page);
    new WebDriverWait(phone, Duration.ofSeconds(20), Duration.ofMillis(300))
        .until(
            driver -> {
              driver.navigate().refresh();
              return "GENUINE"
                  .equals(driver.findElement(By.id("check-result")).getAttribute("data-verdict"));
            });
    assertThat(phone.findElement(By.id("verdict")).getText()).isEqualTo("Түпнұсқа");
    assertThat(phone.findElement(By.id("check-number")).getText()).isEqualTo(number);
    Chromium.screenshotOfWholePage(phone, "document-check-phone-genuine-kk");

    Path changed = directory.resolve("protocol.pdf");
    Files.write(changed, PrintedQrCode.withOneByteChanged(pdf));
    phone.get("http://localhost:" + port + "/check?lang=ru");
    phone.findElement(By.id("file")).sendKeys(changed.toString());
    phone.findElement(By.id("check-submit")).click();
    new WebDriverWait(phone, Duration.ofSeconds(10))
        .until(driver -> !driver.findElements(By.id("verdict")).isEmpty());
    assertThat(phone.findElement(By.id("verdict")).getText())
        .isEqualTo("Не подлинный: документ неизвестен");
    Chromium.screenshotOfWholePage(phone, "document-check-phone-changed-ru");
  }
}
