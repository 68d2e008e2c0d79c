package kz.ecase.offences;

import static kz.ecase.offences.ProtocolApi.auth;
import static kz.ecase.offences.ProtocolApi.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.signing.Openssl;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The papers of a protocol as the person receives them, in the language they chose: the protocol
 * and the fine decision, read back as text (name, article number and title, amounts with and
 * without the discount, rights, explanation, appeal instructions), checked with {@code openssl
 * cms}, and kept as pictures in {@code target/screenshots} to be looked at.
 */
@EcaseIntegrationTest
class ProtocolPapersIT {

  static final String IIN = "850315401231";
  static final String PIN = "271828";

  @LocalServerPort int port;
  @TempDir Path directory;

  HttpClientSession http;
  ProtocolApi officer;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
    officer = ProtocolApi.withFreshPin(http, "officer", PIN);
  }

  @Test
  void theProtocolAndTheFineDecisionInRussian() throws Exception {
    Map<String, Object> form = form(IIN, PIN);
    form.put("language", "ru");
    form.put("explanation", "Торопился на работу, с нарушением согласен.");
    form.put("description", "Двигался со скоростью 87 км/ч при разрешённых 60 км/ч.");
    String id = register(form);
    String protocol =
        text(paper(officer.protocol(id).json().get("documentSha256").asString(), "protocol-ru"));
    String name = personName(protocol);

    assertThat(protocol)
        .contains("ПРОТОКОЛ", "об административном правонарушении")
        .contains("Управление полиции района Алматы")
        .contains("ИИН " + IIN, "Дата рождения 15.03.1985")
        .contains("ст. 592 ч. 2 КоАП РК — ")
        .doesNotContain("speeding-", "каталог", "OFFICER")
        .contains("Инспектор дорожно-патрульной полиции Серік Жұмабаев")
        .contains("статьёй 744 КоАП РК", "пользоваться юридической помощью защитника")
        .contains("Торопился на работу, с нарушением согласен.")
        .contains("Размер штрафа 10 МРП = 43 250 ₸")
        .containsPattern("50 %, до \\d\\d\\.\\d\\d\\.\\d{4} 21 625 ₸")
        .contains("Код платежа " + officer.protocol(id).json().get("paymentReference").asString());

    String decision = decide(id, "fine-decision-ru");
    assertThat(decision)
        .contains("ПОСТАНОВЛЕНИЕ", "о наложении административного взыскания в виде штрафа")
        .contains("Признать " + name + " виновным(ой)")
        .contains("ст. 592 ч. 2 КоАП РК — ")
        .contains("Двигался со скоростью 87 км/ч")
        .contains("10 МРП = 43 250 ₸")
        .containsPattern("50 %, до \\d\\d\\.\\d\\d\\.\\d{4} 21 625 ₸")
        .contains("в течение 10 суток со дня вручения его копии")
        .doesNotContain("SERVED", "DECIDED", "speeding-");
  }

  @Test
  void theProtocolAndTheFineDecisionInKazakhWhenThePersonRefusedToExplain() throws Exception {
    Map<String, Object> form = form(IIN, PIN);
    form.put("language", "kk");
    form.put("explanationRefused", true);
    String id = register(form);
    String protocol =
        text(paper(officer.protocol(id).json().get("documentSha256").asString(), "protocol-kk"));

    assertThat(protocol)
        .contains("ӘКІМШІЛІК ҚҰҚЫҚ БҰЗУШЫЛЫҚ ТУРАЛЫ", "ХАТТАМА")
        .contains("Алматы ауданының полиция басқармасы")
        .contains("ЖСН " + IIN)
        .contains("ҚР ӘҚБтК 592-бабының 2-бөлігі — ")
        .contains("Жол-патрульдік полициясының инспекторы")
        .contains("744-бабында")
        .contains("Түсініктеме беруден бас тартты")
        .contains("10 АЕК = 43 250 ₸")
        .containsPattern("50 %, \\d\\d\\.\\d\\d\\.\\d{4} дейін 21 625 ₸")
        .doesNotContain("Протокол", "Штраф");

    String decision = decide(id, "fine-decision-kk");
    assertThat(decision)
        .contains("ҚАУЛЫ", "айыппұл түрінде әкімшілік жаза қолдану туралы")
        .contains("ҚР ӘҚБтК 592-бабының 2-бөлігі")
        .contains("10 АЕК = 43 250 ₸")
        .contains("10 тәулік ішінде")
        .contains("Түсініктеме беруден бас тартты");
  }

  @Test
  void aLanguageOtherThanKazakhOrRussianIsRefusedAndNothingIsRegistered() {
    Map<String, Object> form = form(IIN, PIN);
    form.put("language", "de");
    Reply reply = officer.submit(form);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.body()).contains("language");
  }

  private String register(Map<String, Object> form) {
    Reply reply = officer.register(form);
    return reply.json().get("id").asString();
  }

  private String decide(String id, String screenshot) throws Exception {
    assertThat(officer.step(id, "SERVE", null, PIN).status()).isEqualTo(201);
    Reply decided = officer.step(id, "DECIDE_FINE", null, PIN);
    assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    return text(paper(decided.json().get("documentSha256").asString(), screenshot));
  }

  /** The PDF, verified with openssl against its signature, and kept as a picture. */
  private byte[] paper(String sha256, String screenshot) throws Exception {
    BinaryReply pdf = http.getBytes("/api/documents/" + sha256, auth(officer.token()));
    BinaryReply p7s =
        http.getBytes("/api/documents/" + sha256 + "/signatures", auth(officer.token()));
    assertThat(pdf.status()).isEqualTo(200);
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.exitCode()).as(verified.output()).isZero();
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      Path png = Path.of("target", "screenshots", screenshot + ".png");
      Files.createDirectories(png.getParent());
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 100);
        ImageIO.write(
            image,
            "png",
            page == 0
                ? png.toFile()
                : png.resolveSibling(screenshot + "-" + (page + 1) + ".png").toFile());
      }
    }
    return pdf.body();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
    }
  }

  /** The name the population register gave, as the protocol prints it. */
  private static String personName(String protocol) {
    var matcher = java.util.regex.Pattern.compile("Фамилия, имя, отчество (.+)").matcher(protocol);
    assertThat(matcher.find()).as(protocol).isTrue();
    String name = matcher.group(1).strip();
    assertThat(name).isNotEqualTo("не получено из реестра").matches("[\\p{L} -]+");
    return name;
  }
}
