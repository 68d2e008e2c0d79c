package kz.ecase.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import kz.ecase.documents.DocumentLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LayoutRendererTest {

  static final Instant ISSUED = Instant.parse("2026-03-14T09:26:53Z");

  final LayoutRenderer renderer = new LayoutRenderer();

  static DocumentLayout form(String value) {
    return DocumentLayout.builder("Протокол", "ru")
        .centred("Управление административной полиции")
        .heading("ПРОТОКОЛ", "об административном правонарушении")
        .split("№ 710001-26-000001", "14.03.2026")
        .section("Сведения")
        .row("Ф. И. О.", value)
        .row("ИИН", "900101300001")
        .paragraph(PdfRendererTest.KAZAKH + " " + PdfRendererTest.RUSSIAN)
        .signature("Инспектор", "Серік Жұмабаев", "(подпись)")
        .smallPrint("Мелкий шрифт")
        .qr("https://ecase.example/pay/1", List.of("Оплатить"))
        .build();
  }

  @Test
  void theSameInputGivesTheSameBytesAndOtherInputOtherBytes() {
    byte[] first = renderer.render(form("Петрова Дарья"), ISSUED);

    assertThat(new LayoutRenderer().render(form("Петрова Дарья"), ISSUED)).isEqualTo(first);
    assertThat(renderer.render(form("Петрова Дарья"), ISSUED)).isEqualTo(first);
    assertThat(renderer.render(form("Петрова Дария"), ISSUED)).isNotEqualTo(first);
    assertThat(renderer.render(form("Петрова Дарья"), ISSUED.plusSeconds(1))).isNotEqualTo(first);
  }

  @Test
  void printsEveryKazakhAndRussianLetterWithEmbeddedSubsetsAndTheIssueTime() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(form("Петрова Дарья"), ISSUED))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text.replaceAll("\\s+", ""))
          .contains(PdfRendererTest.KAZAKH)
          .contains(PdfRendererTest.RUSSIAN);
      assertThat(text).contains("Ф. И. О. Петрова Дарья").contains("Серік Жұмабаев");
      for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
      }
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ISSUED);
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Протокол");
    }
  }

  /**
   * A paper of Kazakh and Russian text embeds the shared faces (the same font objects in every
   * document); one with a letter beyond their set (a Western European name) gets subsets of its own
   * and prints that letter, not a replacement.
   */
  @Test
  void sharedFacesForCommonPapersAndOwnSubsetsForOtherLetters() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(form("Петрова Дарья"), ISSUED))) {
      assertThat(fontNames(pdf)).allMatch(name -> name.matches("EC[A-Z]{4}\\+DejaVuSans.*"));
    }
    try (PDDocument pdf = Loader.loadPDF(renderer.render(form("Zoë Brontë, Ærø"), ISSUED))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Brontë, Ærø");
      assertThat(fontNames(pdf))
          .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"))
          .noneMatch(name -> name.startsWith("EC"));
    }
  }

  /**
   * A shared face's font file holds the outlines of the glyphs the document printed (a composite
   * letter with the glyphs it is built of) and no other, without hinting programs; its subset tag
   * follows the glyphs: another text, another tag.
   */
  @Test
  void sharedFacesEmbedTheOutlinesOfThePrintedGlyphsOnly() throws IOException {
    DocumentLayout short1 = DocumentLayout.builder("Т", "ru").paragraph("Дай").build();
    try (PDDocument pdf = Loader.loadPDF(renderer.render(short1, ISSUED))) {
      PDFont font = pdf.getPage(0).getResources().getFont(COSName.getPDFName("F1"));
      org.apache.fontbox.ttf.TrueTypeFont program =
          ((org.apache.pdfbox.pdmodel.font.PDCIDFontType2)
                  ((org.apache.pdfbox.pdmodel.font.PDType0Font) font).getDescendantFont())
              .getTrueTypeFont();
      org.apache.fontbox.ttf.CmapLookup cmap = program.getUnicodeCmapLookup();
      for (char printed : "Дай".toCharArray()) {
        assertThat(program.getGlyph().getGlyph(cmap.getGlyphId(printed)).getPath().getBounds2D())
            .as("outline of %s", printed)
            .matches(bounds -> bounds.getWidth() > 0);
      }
      for (char other : "ЩЖФжфz".toCharArray()) {
        var glyph = program.getGlyph().getGlyph(cmap.getGlyphId(other));
        assertThat(glyph == null || glyph.getPath().getBounds2D().isEmpty())
            .as("no outline of %s", other)
            .isTrue();
      }
      assertThat(program.getTableMap()).doesNotContainKeys("fpgm", "prep");
      assertThat(new PDFTextStripper().getText(pdf)).contains("Дай");
      assertThat(font.getName())
          .matches("EC[A-Z]{4}\\+DejaVuSans")
          .isEqualTo(regularName(short1))
          .isNotEqualTo(regularName(DocumentLayout.builder("Т", "ru").paragraph("Дом").build()));
    }
  }

  private String regularName(DocumentLayout layout) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(layout, ISSUED))) {
      return pdf.getPage(0).getResources().getFont(COSName.getPDFName("F1")).getName();
    }
  }

  private static List<String> fontNames(PDDocument pdf) throws IOException {
    List<String> names = new java.util.ArrayList<>();
    for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
      names.add(pdf.getPage(0).getResources().getFont(name).getName());
    }
    return names;
  }

  @Test
  void charactersTheFontLacksOrNoDocumentHoldsArePrintedAsReplacement() throws IOException {
    String typed = "Ли\u0000\u0007 漢字 \uFFFF 😀 ок\tконец";
    try (PDDocument pdf = Loader.loadPDF(renderer.render(form(typed), ISSUED))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Ли\uFFFD\uFFFD \uFFFD\uFFFD \uFFFD \uFFFD ок конец");
    }
  }

  /** The QR codes are images a phone reads: the payment's and the check's, side by side. */
  @Test
  void qrCodesSideBySideAreReadable() throws Exception {
    DocumentLayout layout =
        DocumentLayout.builder("QR", "ru")
            .qrRow(
                new DocumentLayout.Qr("https://ecase.example/citizen/pay/1", List.of("Оплатить")),
                new DocumentLayout.Qr("https://ecase.example/check/abc", List.of("Проверить")))
            .build();
    java.awt.image.BufferedImage page;
    try (PDDocument pdf = Loader.loadPDF(renderer.render(layout, ISSUED))) {
      page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 150);
    }
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    var bitmap =
        new com.google.zxing.BinaryBitmap(
            new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(
                    page.getWidth(), page.getHeight(), pixels)));
    var read =
        java.util.Arrays.stream(
                new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                    .decodeMultiple(
                        bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)))
            .map(com.google.zxing.Result::getText)
            .toList();
    assertThat(read)
        .containsExactlyInAnyOrder(
            "https://ecase.example/citizen/pay/1", "https://ecase.example/check/abc");
  }

  @Test
  void longTextWrapsBreaksLongWordsAndFlowsOntoNewPages() throws IOException {
    String word = "Ә".repeat(300);
    String longText = "сведения о событии ".repeat(400);
    DocumentLayout layout =
        DocumentLayout.builder("Длинный", "ru")
            .row("Обстоятельства", word)
            .paragraph(longText)
            .signature("Инспектор", "Имя", null)
            .build();
    try (PDDocument pdf = Loader.loadPDF(renderer.render(layout, ISSUED))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      assertThat(text).contains("Длинный—1/" + pages).contains("Длинный—" + pages + "/" + pages);
      assertThat(text.replaceAll("Длинный—\\d+/\\d+", ""))
          .contains(word)
          .contains(longText.replaceAll("\\s+", ""))
          .contains("ИнспекторИмя");
    }
  }
}
