package kz.ecase.documents;

import static kz.ecase.offences.ProtocolApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.offences.ProtocolApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A registered protocol as a citizen, a bank or a court clerk checks it: the QR code printed on its
 * PDF, read from page 1 rendered to an image, opens the public check page without signing in, which
 * says "genuine" with the protocol's number and unit and no personal data; the same file with one
 * byte changed is not genuine, on the page (upload) and through the public API.
 */
@EcaseIntegrationTest
class DocumentCheckIT {

  private static final String PIN = "271828";
  private static final String OFFENDER_IIN = "850315401231";
  private static final Pattern VERDICT = Pattern.compile("data-verdict=\"([A-Z_]+)\"");

  @LocalServerPort int port;

  ProtocolApi officer;
  HttpClientSession officerHttp;

  @BeforeEach
  void setUp() {
    officerHttp = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(officerHttp, "officer", PIN);
  }

  @Test
  void theQrCodeOfAProtocolOpensAPublicPageThatSaysGenuineAndAChangedCopyIsNot() throws Exception {
    Reply registered = officer.register(ProtocolApi.form(OFFENDER_IIN, PIN));
    String number = registered.json().get("number").asString();
    String sha256 = registered.json().get("documentSha256").asString();
    BinaryReply pdf = officerHttp.getBytes("/api/documents/" + sha256, auth(officer.token()));
    assertThat(pdf.status()).isEqualTo(200);

    URI checkUrl = URI.create(PrintedQrCode.read(pdf.body(), "document-check-protocol-pdf"));
    assertThat(checkUrl.getPath()).matches("/check/[A-Za-z0-9_-]{22}");

    HttpClientSession anyone = new HttpClientSession(port);
    Reply page = awaitVerdict(anyone, checkUrl.getPath(), "GENUINE");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Genuine")
        .doesNotContain("Not genuine")
        .contains(number)
        .contains("Протокол об административном правонарушении")
        .contains(sha256)
        .doesNotContain(OFFENDER_IIN)
        .doesNotContainIgnoringCase("123abc01")
        .doesNotContain(displayNameOf(officer));
    assertThat(anyone.get(checkUrl.getPath() + "?lang=ru").body())
        .contains("Подлинный")
        .doesNotContain("Не подлинный");
    assertThat(anyone.get(checkUrl.getPath() + "?lang=kk").body())
        .contains("Түпнұсқа")
        .contains("Әкімшілік құқық бұзушылық туралы хаттама")
        .doesNotContain("Түпнұсқа емес");

    byte[] changed = PrintedQrCode.withOneByteChanged(pdf.body());
    Reply upload = upload(anyone, "/check?lang=en", "protocol.pdf", changed);
    assertThat(upload.status()).isEqualTo(200);
    assertThat(verdictOf(upload.body())).isEqualTo("UNKNOWN");
    assertThat(upload.body()).contains("Not genuine").doesNotContain(number);

    Reply original = upload(anyone, "/check", "protocol.pdf", pdf.body());
    assertThat(verdictOf(original.body())).isEqualTo("GENUINE");

    Reply api = anyone.get("/api/public/documents/" + sha256 + "/check");
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.json().get("verdict").asString()).isEqualTo("GENUINE");
    assertThat(api.json().get("number").asString()).isEqualTo(number);
    assertThat(api.json().get("signature").asString()).isEqualTo("VALID");
    assertThat(api.json().get("ledger").asString()).isEqualTo("INCLUDED");
    assertThat(api.body()).doesNotContain(OFFENDER_IIN);
    Reply changedApi =
        anyone.get("/api/public/documents/" + DocumentHash.sha256(changed) + "/check");
    assertThat(changedApi.json().get("verdict").asString()).isEqualTo("UNKNOWN");
  }

  @Test
  void anUnknownTokenOrAMalformedHashIsNoGenuineDocument() {
    HttpClientSession anyone = new HttpClientSession(port);
    Reply page = anyone.get("/check/AAAAAAAAAAAAAAAAAAAAAA");
    assertThat(verdictOf(page.body())).isEqualTo("UNKNOWN");
    assertThat(anyone.get("/api/public/documents/not-a-hash/check").status()).isEqualTo(400);
    Reply empty = upload(anyone, "/check", "", new byte[0]);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("id=\"file-error\"");
  }

  /** The page's upload form sent with a file, as a browser sends it (with the form's token). */
  private static Reply upload(HttpClientSession http, String path, String name, byte[] file) {
    String csrf = HttpClientSession.csrfTokenOf(http.get("/check").body());
    return http.postMultipart(path, Map.of("_csrf", csrf), "file", name, file);
  }

  /**
   * The check page, asked again until its ledger entry is in a signed checkpoint (20 s at most).
   */
  private static Reply awaitVerdict(HttpClientSession http, String path, String verdict)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    Reply page = http.get(path);
    while (!verdict.equals(verdictOf(page.body())) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      page = http.get(path);
    }
    assertThat(verdictOf(page.body())).as(page.body()).isEqualTo(verdict);
    return page;
  }

  private static String verdictOf(String html) {
    Matcher matcher = VERDICT.matcher(html);
    return matcher.find() ? matcher.group(1) : "none";
  }

  private String displayNameOf(ProtocolApi api) {
    return officerHttp
        .get("/api/identity/me", auth(api.token()))
        .json()
        .get("displayName")
        .asString();
  }
}
