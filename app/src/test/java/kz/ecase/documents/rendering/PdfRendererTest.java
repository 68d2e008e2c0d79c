package kz.ecase.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  /** The letters of the Kazakh alphabet (42) and those of the Russian one it lacks (none). */
  static final String KAZAKH =
      "АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя";

  static final String RUSSIAN =
      "АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя";

  static final Instant ISSUED = Instant.parse("2026-03-14T09:26:53Z");

  final PdfRenderer renderer = new PdfRenderer();

  @Test
  void theSameInputGivesTheSameBytes() {
    byte[] first = renderer.render("act", act("№ 1"), ISSUED);
    byte[] second = new PdfRenderer().render("act", act("№ 1"), ISSUED);

    assertThat(second).isEqualTo(first);
    assertThat(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  /**
   * The parsed fonts are shared between documents, one document at a time: many renderings at once,
   * more than the pool holds, still give each the same bytes as a rendering alone.
   */
  @Test
  void simultaneousRenderingsGiveTheSameBytesAsOneAlone() throws Exception {
    byte[] alone = new PdfRenderer().render("act", act("№ 7 Әкімшілік"), ISSUED);
    ExecutorService threads = Executors.newFixedThreadPool(12);
    List<Future<byte[]>> renderings = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      renderings.add(threads.submit(() -> renderer.render("act", act("№ 7 Әкімшілік"), ISSUED)));
    }
    for (Future<byte[]> rendering : renderings) {
      assertThat(rendering.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
    }
    threads.shutdown();
  }

  @Test
  void anotherInputOrTimeGivesOtherBytes() {
    byte[] first = renderer.render("act", act("1"), ISSUED);

    assertThat(renderer.render("act", act("2"), ISSUED)).isNotEqualTo(first);
    assertThat(renderer.render("act", act("1"), ISSUED.plusSeconds(1))).isNotEqualTo(first);
  }

  @Test
  void datesAndIdComeFromTheInput() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render("act", act("1"), ISSUED))) {
      Calendar created = pdf.getDocumentInformation().getCreationDate();
      assertThat(created.toInstant()).isEqualTo(ISSUED);
      assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(ISSUED);
      assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("ecase");
      assertThat(pdf.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID))
          .hasSize(2);
    }
  }

  @Test
  void everyKazakhAndRussianLetterRoundTripsInTheEmbeddedFont() throws IOException {
    byte[] pdf =
        renderer.render(
            "test-alphabet",
            Map.of("lines", List.of(KAZAKH, RUSSIAN, "Қазақстан Республикасы, Астана қаласы")),
            ISSUED);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(KAZAKH, RUSSIAN, "Қазақстан Республикасы, Астана қаласы");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
    }
  }

  @Test
  void theActTemplateShowsItsModel() throws IOException {
    try (PDDocument document = Loader.loadPDF(renderer.render("act", act("71-0001"), ISSUED))) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("ПРОТОКОЛ", "№ 71-0001", "Ғалым Қасымұлы", "Астана");
    }
  }

  @Test
  void storedTextWithCharactersXmlCannotHoldStillRendersWithReplacementMarks() throws IOException {
    byte[] pdf =
        renderer.render(
            "test-alphabet",
            Map.of("lines", List.of("Астана\u0001 8\u0000", "лишь\ufffe\uffff\ud800 текст")),
            ISSUED);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Астана", "текст");
    }
  }

  @Test
  void unknownOrOddTemplateNamesAreRefused() {
    assertThatThrownBy(() -> renderer.render("../secret", Map.of(), ISSUED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.render("no-such-template", Map.of(), ISSUED))
        .isInstanceOf(RuntimeException.class);
  }

  static Map<String, Object> act(String number) {
    return Map.of(
        "title", "ПРОТОКОЛ",
        "number", number,
        "date", "14.03.2026",
        "place", "Астана",
        "unit", "Астана қаласының полиция департаменті",
        "paragraphs", List.of("Әкімшілік құқық бұзушылық туралы хаттама.", "Текст протокола."),
        "author", "Ғалым Қасымұлы",
        "position", "Инспектор");
  }
}
