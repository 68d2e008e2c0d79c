package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.onlyLedgerEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import kz.ecase.Chromium;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.RecordRef;
import kz.ecase.signing.Openssl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer's protocol page on a phone-sized screen (390×844) in Debian's chromium: a speeding
 * protocol filled in and registered with at most 10 inputs, its number and payment QR code shown,
 * its PDF verified with openssl; a wrong IIN named beside the field; a draft that survives a
 * reload; and the same draft sent twice registering one protocol. Screenshots go to {@code
 * app/target/screenshots}. Skipped where chromium is not installed, except in CI.
 */
@EcaseIntegrationTest
class ProtocolPageBrowserIT {

  static final String CITIZEN_IIN = "850315401231";
  static final String PIN = "314159";
  static final int MAX_INPUTS = 10;

  static WebDriver browser;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @TempDir Path directory;

  HttpClientSession http;

  /** Every interaction with the page: typing a field, choosing an option, clicking a button. */
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
  void setPin() {
    http = new HttpClientSession(port);
    ProtocolApi.withFreshPin(http, "officer", PIN);
    inputs = 0;
  }

  @Test
  void theOfficerRegistersASpeedingProtocolWithAtMostTenInputs() throws Exception {
    signIn("en");
    browser.findElement(By.linkText("New protocol")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-form")));
    Path photo = photo(directory, "radar");

    type(By.id("iin"), CITIZEN_IIN);
    wait(ExpectedConditions.presenceOfElementLocated(By.id("offender-name")));
    screenshot("protocol-page-person-en");
    List<WebElement> plates = browser.findElements(By.cssSelector(".plate-choice"));
    if (plates.isEmpty()) {
      type(By.id("plate"), "123ABC01");
    } else {
      click(plates.get(0));
    }
    type(By.id("articleQuery"), "592 ч.2");
    click(wait(ExpectedConditions.elementToBeClickable(By.id("article-speeding-20-40"))));
    assertThat(wait(ExpectedConditions.presenceOfElementLocated(By.id("fine-amount"))).getText())
        .as("the fine is computed before signing")
        .startsWith("43 250 ₸");
    type(By.id("place"), "Astana, Mangilik El avenue 8");
    type(By.id("description"), "87 km/h where 60 km/h is allowed (radar)");
    type(By.id("photos"), photo.toAbsolutePath().toString());
    type(By.id("pin"), PIN);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('fine').scrollIntoView()");
    screenshot("protocol-page-filled-en");
    click(browser.findElement(By.id("register")));

    String number =
        wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-number"))).getText();
    assertThat(inputs).as("inputs for a typical speeding protocol").isLessThanOrEqualTo(MAX_INPUTS);
    assertThat(number).matches("[0-9]{2}710001[0-9]{6}");
    String reference = browser.findElement(By.id("payment-reference")).getText();
    assertThat(reference).hasSize(15).startsWith(number);
    assertThat(browser.findElement(By.id("protocol-amount")).getText()).startsWith("43 250 ₸");
    assertThat(browser.findElement(By.id("protocol-discount")).getText()).startsWith("21 625 ₸");
    String qr = qrText(browser.findElement(By.id("payment-qr")).getAttribute("src"));
    assertThat(qr).endsWith("/citizen/pay/" + reference);
    assertThat(browser.findElement(By.id("payment-link")).getAttribute("href")).isEqualTo(qr);
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("protocol-page-registered-en");

    Map<String, Object> stored =
        jdbc.sql("select id, document_sha256 from offence_protocols where number = :number")
            .param("number", number)
            .query()
            .singleRow();
    String sha256 = (String) stored.get("document_sha256");
    String officer = officerToken();
    BinaryReply pdf = http.getBytes("/api/documents/" + sha256, auth(officer));
    BinaryReply p7s = http.getBytes("/api/documents/" + sha256 + "/signatures", auth(officer));
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();

    String id = stored.get("id").toString();
    awaitHistory(id);
    String entry = onlyLedgerEntry(jdbc, id);
    assertThat(entry)
        .as("the photo's hash is an attachment of the ledger entry")
        .contains("\"sha256\":\"" + sha256Of(Files.readAllBytes(photo)) + "\"");
    Reply read = http.get("/api/offences/protocols/" + id, auth(officer));
    assertThat(read.json().get("article").asString()).isEqualTo("speeding-20-40");
    assertThat(read.json().get("plate").asString()).isNotBlank();
  }

  /**
   * The person chooses Kazakh and refuses to explain: the officer sets both on the phone and the
   * protocol's paper is Kazakh throughout, with the refusal printed.
   */
  @Test
  void theProtocolIsInTheLanguageThePersonChoseWithTheirRefusalToExplain() throws Exception {
    signIn("ru");
    browser.get("http://localhost:" + port + "/offences/protocols/new");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-form")));
    type(By.id("iin"), CITIZEN_IIN);
    type(By.id("plate"), "123ABC01");
    type(By.id("articleQuery"), "592 ч.2");
    click(wait(ExpectedConditions.elementToBeClickable(By.id("article-speeding-20-40"))));
    type(By.id("place"), "Астана, проспект Мәңгілік Ел, 8");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("language")))
        .selectByValue("kk");
    click(browser.findElement(By.id("explanationRefused")));
    type(By.id("pin"), PIN);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('person-says').scrollIntoView()");
    screenshot("protocol-page-person-says-ru");
    click(browser.findElement(By.id("register")));

    String number =
        wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-number"))).getText();
    String sha256 =
        jdbc.sql("select document_sha256 from offence_protocols where number = :number")
            .param("number", number)
            .query(String.class)
            .single();
    BinaryReply pdf = http.getBytes("/api/documents/" + sha256, auth(officerToken()));
    String text;
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("ХАТТАМА", "Түсініктеме беруден бас тартты", "ҚР ӘҚБтК 592-бабының 2-бөлігі")
        .doesNotContain("ПРОТОКОЛ");
  }

  @Test
  void aWrongIinIsShownBesideTheField() throws IOException {
    signIn("ru");
    browser.get(base() + "/offences/protocols/new");

    type(By.id("iin"), "850315401232");

    WebElement error =
        wait(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#iin + #person #iin-error")));
    assertThat(error.getText()).isEqualTo("Контрольная (12-я) цифра не совпадает.");
    screenshot("protocol-page-wrong-iin-ru");
  }

  @Test
  void theRegistrationsFieldProblemsAreShownBesideTheirFields() throws IOException {
    signIn("ru");
    browser.get(base() + "/offences/protocols/new");

    type(By.id("iin"), CITIZEN_IIN);
    wait(ExpectedConditions.presenceOfElementLocated(By.id("offender-name")));
    type(By.id("articleQuery"), "592 ч.2");
    click(wait(ExpectedConditions.elementToBeClickable(By.id("article-speeding-20-40"))));
    wait(ExpectedConditions.presenceOfElementLocated(By.id("fine-amount")));
    type(By.id("pin"), "000000");
    click(browser.findElement(By.id("register")));

    assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.id("place-error"))).getText())
        .isEqualTo("Укажите место (не более 300 символов).");
    type(By.id("place"), "Астана, проспект Туран, 24");
    click(browser.findElement(By.id("register")));
    wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pin-error"), "Неверный ПИН: осталось попыток до блокировки ключа: 4."));
    assertThat(browser.findElement(By.id("place-error")).getText())
        .as("a corrected field's error goes away")
        .isEmpty();
    assertThat(browser.findElements(By.id("protocol-number"))).isEmpty();
    screenshot("protocol-page-wrong-pin-ru");
    assertThat(
            jdbc.sql(
                    "select count(*) from offence_protocols where officer = 'officer'"
                        + " and place = 'Астана, проспект Туран, 24'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anEmptyFormShowsEveryProblemAtOnceBesideItsField() throws IOException {
    signIn("en");
    browser.get(base() + "/offences/protocols/new");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-form")));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('offenceTime').value = ''");
    long protocols = jdbc.sql("select count(*) from offence_protocols").query(Long.class).single();

    click(browser.findElement(By.id("register")));

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("place-error")));
    assertThat(browser.findElement(By.id("iin-error")).getText())
        .isEqualTo("An IIN has exactly 12 digits.");
    assertThat(browser.findElement(By.id("article-error")).getText())
        .startsWith("Choose an article from the catalogue");
    assertThat(browser.findElement(By.id("offenceTime-error")).getText())
        .startsWith("Give the time of the offence");
    assertThat(browser.findElement(By.id("place-error")).getText())
        .isEqualTo("Give the place (at most 300 characters).");
    assertThat(browser.findElement(By.id("pin-error")).getText())
        .isEqualTo("Your signing PIN is required.");
    assertThat(browser.findElement(By.id("plate-error")).getText()).isEmpty();
    assertThat(browser.findElements(By.id("protocol-number"))).isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    screenshot("protocol-page-all-errors-en");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('pin').scrollIntoView()");
    screenshot("protocol-page-all-errors-pin-en");
    assertThat(jdbc.sql("select count(*) from offence_protocols").query(Long.class).single())
        .isEqualTo(protocols);
  }

  @Test
  void anEarlierOffenceOfTheSameKindFlagsARepeat() {
    HttpClientSession page = new HttpClientSession(port);
    page.signIn("officer", "demo");
    String html = page.get("/offences/protocols/new").body();
    String csrf = HttpClientSession.csrfTokenOf(html);
    String today = valueOf(html, "offenceTime");
    String earlier = java.time.LocalDate.parse(today.substring(0, 10)).minusMonths(3).toString();

    Reply repeat =
        page.postForm(
            "/offences/protocols/new/fine?lang=ru",
            Map.of(
                "_csrf",
                csrf,
                "article",
                "speeding-20-40",
                "offenceTime",
                today,
                "prior",
                "592-3|" + earlier));
    Reply first =
        page.postForm(
            "/offences/protocols/new/fine",
            Map.of("_csrf", csrf, "article", "speeding-20-40", "offenceTime", today));

    assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
    assertThat(repeat.body())
        .contains("id=\"repeat\"")
        .contains("592 ч.4")
        .contains("Превышение скорости (ч.2, 3) повторно в течение года")
        .doesNotContain("speeding-repeat");
    assertThat(first.body()).contains("id=\"fine-amount\"").doesNotContain("id=\"repeat\"");
  }

  @Test
  void aDraftSurvivesAReloadWithItsKey() throws IOException {
    signIn("kk");
    browser.get(base() + "/offences/protocols/new");
    String key = browser.findElement(By.id("idempotencyKey")).getAttribute("value");

    type(By.id("articleQuery"), "592 2");
    click(wait(ExpectedConditions.elementToBeClickable(By.id("article-speeding-20-40"))));
    wait(ExpectedConditions.presenceOfElementLocated(By.id("fine-amount")));
    type(By.id("place"), "Астана, Сарайшық көшесі");
    browser.navigate().refresh();

    wait(ExpectedConditions.visibilityOfElementLocated(By.id("restored")));
    assertThat(browser.findElement(By.id("idempotencyKey")).getAttribute("value")).isEqualTo(key);
    assertThat(browser.findElement(By.id("place")).getAttribute("value"))
        .isEqualTo("Астана, Сарайшық көшесі");
    wait(ExpectedConditions.presenceOfElementLocated(By.id("fine-amount")));
    assertThat(browser.findElement(By.id("article-speeding-20-40")).isSelected()).isTrue();
    screenshot("protocol-page-restored-kk");

    type(By.id("iin"), CITIZEN_IIN);
    wait(ExpectedConditions.presenceOfElementLocated(By.id("offender-name")));
    type(By.id("pin"), PIN);
    click(browser.findElement(By.id("register")));
    wait(ExpectedConditions.presenceOfElementLocated(By.id("protocol-number")));
    assertThat(protocolsWithKey(key)).isEqualTo(1);

    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("idempotencyKey")).getAttribute("value"))
        .as("a registered draft is not restored: the next protocol gets a new key")
        .isNotEqualTo(key);
  }

  @Test
  void sendingTheSameDraftTwiceRegistersOneProtocol() {
    HttpClientSession page = new HttpClientSession(port);
    assertThat(page.signIn("officer", "demo").status()).isIn(200, 302);
    String html = page.get("/offences/protocols/new").body();
    String key = valueOf(html, "idempotencyKey");
    Map<String, String> draft =
        Map.of(
            "_csrf",
            HttpClientSession.csrfTokenOf(html),
            "idempotencyKey",
            key,
            "iin",
            CITIZEN_IIN,
            "article",
            "speeding-20-40",
            "offenceTime",
            valueOf(html, "offenceTime"),
            "place",
            "Astana, Kabanbay batyr avenue 1",
            "pin",
            PIN);

    Reply first = page.postForm("/offences/protocols/new", draft);
    Reply again = page.postForm("/offences/protocols/new", draft);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    String number = valueOfId(first.body(), "protocol-number");
    assertThat(valueOfId(again.body(), "protocol-number")).isEqualTo(number);
    assertThat(again.body()).contains("id=\"resubmitted\"");
    assertThat(protocolsWithKey(key)).isEqualTo(1);
  }

  private void signIn(String language) {
    Chromium.signIn(browser, port, language, "officer", "demo");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
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

  private static <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
  }

  /** A small PNG standing for a photo taken with the phone, in the directory. */
  static Path photo(Path directory, String name) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 5, (int) (System.nanoTime() & 0xFFFFFF));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    Path file = directory.resolve(name + ".png");
    Files.write(file, png.toByteArray());
    return file;
  }

  private static String qrText(String dataUri) throws Exception {
    assertThat(dataUri).startsWith("data:image/png;base64,");
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    // zxing's plain QRCodeReader misses about one valid code in 200 (its finder-pattern search;
    // zbarimg reads them all); the multi reader trying harder read 3 000 of 3 000 payment links
    return new QRCodeMultiReader()
            .decodeMultiple(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, true))[0]
            .getText();
  }

  private static String sha256Of(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String valueOf(String html, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
    assertThat(matcher.find()).as(id + " in " + html).isTrue();
    return matcher.group(1);
  }

  private static String valueOfId(String html, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
    assertThat(matcher.find()).as(id + " in " + html).isTrue();
    return matcher.group(1);
  }

  private void awaitHistory(String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (ledger.historyOf(new RecordRef("protocol", id)).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private long protocolsWithKey(String key) {
    return jdbc.sql(
            "select count(*) from offence_protocols where officer = 'officer'"
                + " and idempotency_key = :key")
        .param("key", key)
        .query(Long.class)
        .single();
  }

  private String officerToken() {
    return http.token("officer", "demo");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static void screenshot(String name) throws IOException {
    Chromium.screenshot(browser, name);
  }
}
