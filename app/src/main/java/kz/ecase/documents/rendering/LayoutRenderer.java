package kz.ecase.documents.rendering;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import kz.ecase.documents.DocumentLayout;
import kz.ecase.documents.DocumentLayout.Block;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * A {@link DocumentLayout} → PDF, drawn on PDFBox directly: A4, DejaVu Sans regular and bold
 * embedded as the shared faces built once ({@link PaperFont}: with the outlines of the glyphs the
 * document prints only, unhinted and compressed; a document with a letter beyond them gets subsets
 * of its own), words wrapped to the column (a word longer than the column broken), new pages when
 * one is full, QR codes drawn from zxing's bit matrix as one-bit images. About a tenth of the CPU
 * of the HTML route ({@link PdfRenderer}) for a one-page form (docs/BENCHMARKS.md).
 *
 * <p>The bytes depend only on the layout and the issue time: the creation and modification dates
 * are the issue time, the document ID is derived from the layout's content and the issue time, the
 * shared faces are the same objects in every document but for their font files, written from the
 * glyphs printed and named by them, and PDFBox names a subset of its own by the glyphs it holds. A
 * character the fonts lack, or one no document may hold (a control character), is printed as
 * U+FFFD, never failing the document.
 */
@Component
public class LayoutRenderer {

  private static final float MM = 72f / 25.4f;
  private static final PDRectangle A4 = PDRectangle.A4;
  private static final float LEFT = 25 * MM;
  private static final float RIGHT = A4.getWidth() - 15 * MM;
  private static final float TOP = A4.getHeight() - 18 * MM;
  private static final float BOTTOM = 18 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float LABEL_WIDTH = 58 * MM;
  private static final float GUTTER = 4 * MM;

  private static final float BODY = 9.5f;
  private static final float SMALL = 7.5f;
  private static final float HEADING = 12.5f;
  private static final float LEADING = 1.27f;
  private static final float CAPTION = 7.5f;
  private static final float QR_SIZE = 22 * MM;
  private static final float GREY = 0.32f;
  private static final char REPLACEMENT = '\uFFFD';

  /**
   * The fonts reduced to {@link #SCRIPTS}, parsed: for a document the shared faces cannot print.
   */
  private final ParsedFonts parsedFonts;

  /** The faces every document embeds as they are ({@link PaperFont}), regular and bold. */
  private final PaperFont paperRegular;

  private final PaperFont paperBold;

  /**
   * The scripts a paper prints (code point ranges, both ends included): Latin with its supplements
   * and extensions, Cyrillic with its supplement (every Kazakh and Russian letter), punctuation,
   * currency signs (₸), letter-like symbols (№) and U+FFFD. DejaVu Sans reduced to them once holds
   * about a sixth of its glyphs, which makes embedding it in each document (its widths, its subset)
   * that much cheaper; any other character is printed as U+FFFD.
   */
  private static final int[][] SCRIPTS = {
    {0x0020, 0x024F},
    {0x0400, 0x052F},
    {0x2000, 0x206F},
    {0x20A0, 0x20CF},
    {0x2100, 0x214F},
    {0xFFFD, 0xFFFD}
  };

  /**
   * Documents drawn at once: as many as the cores. Drawing is CPU only; more at once on the same
   * cores only stretches each of them (and the registrations waiting on them) alike, while in turn,
   * first come first served, each takes its own time and the queue's tail is shorter.
   */
  private final Semaphore drawing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  public LayoutRenderer() {
    byte[] regular = reduced(PdfRenderer.font("DejaVuSans.ttf"));
    byte[] bold = reduced(PdfRenderer.font("DejaVuSans-Bold.ttf"));
    this.parsedFonts =
        new ParsedFonts(regular, bold, 2 * Runtime.getRuntime().availableProcessors());
    this.paperRegular = PaperFont.of(regular, "ECPAPR");
    this.paperBold = PaperFont.of(bold, "ECPAPB");
  }

  /**
   * The font with only the glyphs of {@link #SCRIPTS}, and without glyph substitution tables (no
   * script a paper prints needs them; PDFBox applied them to every line it drew).
   */
  static byte[] reduced(byte[] file) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      CmapLookup cmap = font.getUnicodeCmapLookup();
      TTFSubsetter subsetter =
          new TTFSubsetter(
              font,
              List.of(
                  "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp",
                  "cmap", "name", "OS/2", "post"));
      for (int[] range : SCRIPTS) {
        for (int cp = range[0]; cp <= range[1]; cp++) {
          if (cmap.getGlyphId(cp) > 0) {
            subsetter.add(cp);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      font.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reduce an embedded font", e);
    }
  }

  /**
   * The PDF of the layout issued at {@code issuedAt}: with the shared faces ({@link PaperFont})
   * when they print every character the document holds, else with subsets of the reduced fonts made
   * for this document.
   */
  public byte[] render(DocumentLayout layout, Instant issuedAt) {
    try {
      drawing.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to lay out a document", e);
    }
    try {
      return renderNow(layout, issuedAt);
    } finally {
      drawing.release();
    }
  }

  private byte[] renderNow(DocumentLayout layout, Instant issuedAt) {
    String content = layout.content();
    if (paperRegular.suffices(content) && paperBold.suffices(content)) {
      try (PDDocument document = new PDDocument()) {
        return draw(
            document,
            Face.shared(paperRegular.embedIn(document), paperRegular),
            Face.shared(paperBold.embedIn(document), paperBold),
            layout,
            content,
            issuedAt);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot lay out the document", e);
      }
    }
    ParsedFonts.FontSet fonts = parsedFonts.borrow();
    try (PDDocument document = new PDDocument()) {
      return draw(
          document,
          Face.subset(PDType0Font.load(document, fonts.regular(), true), fonts.regular()),
          Face.subset(PDType0Font.load(document, fonts.bold(), true), fonts.bold()),
          layout,
          content,
          issuedAt);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lay out the document", e);
    } finally {
      parsedFonts.giveBack(fonts);
    }
  }

  /**
   * Draws and saves the document without object streams: compressing a form's few dozen small
   * objects into one cost more CPU than the bytes it saved.
   */
  private static byte[] draw(
      PDDocument document,
      Face regular,
      Face bold,
      DocumentLayout layout,
      String content,
      Instant issuedAt)
      throws IOException {
    try (Pages pages = new Pages(document, regular, bold)) {
      for (Block block : layout.blocks()) {
        pages.draw(block);
      }
    }
    numberPages(document, regular, regular.printable(layout.title()));
    document.getDocumentInformation().setTitle(Face.clean(layout.title()));
    DocumentStamp.stamp(document, content, issuedAt);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    document.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  /** On a document of several pages, its title and {@code i / n} at the foot of each page. */
  private static void numberPages(PDDocument document, Face face, String title) throws IOException {
    int count = document.getNumberOfPages();
    if (count < 2) {
      return;
    }
    for (int i = 0; i < count; i++) {
      String foot = title + " — " + (i + 1) + " / " + count;
      try (PDPageContentStream stream =
          new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
        stream.beginText();
        stream.setNonStrokingColor(GREY);
        stream.setFont(face.font, SMALL);
        stream.newLineAtOffset(LEFT + (WIDTH - face.width(foot, SMALL)) / 2, BOTTOM - 8 * MM);
        stream.showText(foot);
        stream.endText();
      }
    }
  }

  /** A face of the embedded font: what it can print, and how wide. */
  private static final class Face {
    private final PDFont font;
    private final IntPredicate prints;
    private final IntToDoubleFunction units;
    private final int replacement;

    private Face(PDFont font, IntPredicate prints, IntToDoubleFunction units) {
      this.font = font;
      this.prints = prints;
      this.units = units;
      this.replacement = prints.test(REPLACEMENT) ? REPLACEMENT : '?';
    }

    /** A shared face: its glyphs and widths known in advance. */
    static Face shared(PDFont font, PaperFont face) {
      return new Face(font, face::has, face::width);
    }

    /** A face subset for this document: what the parsed font has, widths as PDFBox gives them. */
    static Face subset(PDType0Font font, TrueTypeFont parsed) throws IOException {
      CmapLookup cmap = parsed.getUnicodeCmapLookup();
      Map<Integer, Float> widths = new HashMap<>();
      return new Face(
          font,
          cp -> cmap.getGlyphId(cp) > 0,
          cp -> widths.computeIfAbsent(cp, c -> unitsOf(font, c)));
    }

    private static float unitsOf(PDFont font, int cp) {
      try {
        return font.getStringWidth(new String(Character.toChars(cp)));
      } catch (IOException | IllegalArgumentException e) {
        return 600f;
      }
    }

    /** The text with every character this face cannot print, or no document may hold, replaced. */
    String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (cp == '\t') {
          out.append(' ');
        } else if (!allowed(cp) || !prints.test(cp)) {
          out.appendCodePoint(replacement);
        } else {
          out.appendCodePoint(cp);
        }
      }
      return out.toString();
    }

    /** The width in points of printable text at the size. */
    float width(String text, float size) {
      float sum = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        sum += (float) units.applyAsDouble(cp);
        i += Character.charCount(cp);
      }
      return sum / 1000f * size;
    }

    /** Text for the document's metadata: without the characters no document may hold. */
    static String clean(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : REPLACEMENT));
      return out.toString();
    }

    static boolean allowed(int cp) {
      return !Character.isISOControl(cp)
          && Character.getType(cp) != Character.SURROGATE
          && !(cp >= 0xFDD0 && cp <= 0xFDEF)
          && (cp & 0xFFFE) != 0xFFFE;
    }
  }

  /**
   * The pages being drawn, and where the next line goes. The lines of a page are shown in as few
   * text objects as its drawing allows (one between two rules or QR codes), the font, size and grey
   * set only when they change and each line placed relative to the one before: a form's hundred
   * lines were each a text object of their own with all three set again, a third of the page's
   * operators.
   */
  private static final class Pages implements AutoCloseable {
    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private PDPageContentStream stream;
    private float y;

    /** Whether a text object is open on the page ({@code BT} written, no {@code ET} yet). */
    private boolean inText;

    /** The font and size set on this page's stream (they outlive text objects), or none yet. */
    private PDFont font;

    private float size;

    /** The grey of the text set on this page's stream, or none yet (NaN). */
    private float grey = Float.NaN;

    /** Where the open text object's current line starts. */
    private float lineX;

    private float lineY;

    Pages(PDDocument document, Face regular, Face bold) {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
    }

    void draw(Block block) throws IOException {
      if (block instanceof DocumentLayout.Centred c) {
        centred(c.text(), c.bold() ? bold : regular, BODY);
      } else if (block instanceof DocumentLayout.Heading h) {
        heading(h);
      } else if (block instanceof DocumentLayout.Paragraph p) {
        paragraph(p.text(), regular, BODY, 0f, 1.2f * MM);
      } else if (block instanceof DocumentLayout.Section s) {
        section(s.text());
      } else if (block instanceof DocumentLayout.Row r) {
        row(r.label(), r.value());
      } else if (block instanceof DocumentLayout.Split s) {
        split(s.left(), s.right());
      } else if (block instanceof DocumentLayout.Signature s) {
        signature(s);
      } else if (block instanceof DocumentLayout.SmallPrint s) {
        paragraph(s.text(), regular, SMALL, GREY, 1f * MM);
      } else if (block instanceof DocumentLayout.Qr q) {
        qrs(List.of(q));
      } else if (block instanceof DocumentLayout.QrRow row) {
        qrs(row.codes());
      } else {
        throw new IllegalArgumentException("Unknown block " + block);
      }
    }

    private void heading(DocumentLayout.Heading heading) throws IOException {
      space(5 * MM);
      centred(heading.text(), bold, HEADING);
      if (heading.subtitle() != null && !heading.subtitle().isBlank()) {
        centred(heading.subtitle(), bold, BODY + 0.5f);
      }
      space(3 * MM);
    }

    private void centred(String text, Face face, float size) throws IOException {
      for (String line : wrap(face, face.printable(text), size, WIDTH)) {
        need(size * LEADING);
        y -= size * LEADING;
        show(face, size, LEFT + (WIDTH - face.width(line, size)) / 2, y, line, 0f);
      }
    }

    private void paragraph(String text, Face face, float size, float grey, float after)
        throws IOException {
      for (String line : wrap(face, face.printable(text), size, WIDTH)) {
        need(size * LEADING);
        y -= size * LEADING;
        show(face, size, LEFT, y, line, grey);
      }
      space(after);
    }

    private void section(String text) throws IOException {
      need(2.5f * MM + 3 * BODY * LEADING);
      space(2.5f * MM);
      paragraph(text, bold, BODY, 0f, 0f);
      endText();
      stream.setStrokingColor(0.7f);
      stream.setLineWidth(0.5f);
      stream.moveTo(LEFT, y - 1.2f * MM);
      stream.lineTo(RIGHT, y - 1.2f * MM);
      stream.stroke();
      space(2 * MM);
    }

    private void row(String label, String value) throws IOException {
      List<String> labels = wrap(regular, regular.printable(label), BODY, LABEL_WIDTH - GUTTER);
      List<String> values = wrap(regular, regular.printable(value), BODY, WIDTH - LABEL_WIDTH);
      need(Math.min(Math.max(labels.size(), values.size()), 3) * BODY * LEADING);
      for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
        need(BODY * LEADING);
        y -= BODY * LEADING;
        if (i < labels.size()) {
          show(regular, BODY, LEFT, y, labels.get(i), GREY);
        }
        if (i < values.size()) {
          show(regular, BODY, LEFT + LABEL_WIDTH, y, values.get(i), 0f);
        }
      }
      space(1.2f * MM);
    }

    private void split(String left, String right) throws IOException {
      String r = regular.printable(right);
      float rightWidth = Math.min(regular.width(r, BODY), WIDTH / 2);
      List<String> lefts =
          wrap(regular, regular.printable(left), BODY, WIDTH - rightWidth - GUTTER);
      List<String> rights = wrap(regular, r, BODY, WIDTH / 2);
      for (int i = 0; i < Math.max(lefts.size(), rights.size()); i++) {
        need(BODY * LEADING);
        y -= BODY * LEADING;
        if (i < lefts.size()) {
          show(regular, BODY, LEFT, y, lefts.get(i), 0f);
        }
        if (i < rights.size()) {
          show(regular, BODY, RIGHT - regular.width(rights.get(i), BODY), y, rights.get(i), 0f);
        }
      }
      space(2 * MM);
    }

    private void signature(DocumentLayout.Signature signature) throws IOException {
      List<String> positions =
          wrap(regular, regular.printable(signature.position()), BODY, WIDTH * 0.46f);
      List<String> names = wrap(regular, regular.printable(signature.name()), BODY, WIDTH * 0.26f);
      int lines = Math.max(positions.size(), names.size());
      need(6 * MM + (lines + 1) * BODY * LEADING);
      space(6 * MM);
      float top = y;
      for (int i = 0; i < lines; i++) {
        y -= BODY * LEADING;
        int p = i - (lines - positions.size());
        if (p >= 0) {
          show(regular, BODY, LEFT, y, positions.get(p), 0f);
        }
        int n = i - (lines - names.size());
        if (n >= 0) {
          show(regular, BODY, LEFT + WIDTH * 0.74f, y, names.get(n), 0f);
        }
      }
      float lineLeft = LEFT + WIDTH * 0.49f;
      float lineRight = LEFT + WIDTH * 0.71f;
      endText();
      stream.setStrokingColor(0f);
      stream.setLineWidth(0.6f);
      stream.moveTo(lineLeft, y - 0.8f * MM);
      stream.lineTo(lineRight, y - 0.8f * MM);
      stream.stroke();
      if (signature.caption() != null && !signature.caption().isBlank()) {
        String caption = regular.printable(signature.caption());
        float width = regular.width(caption, SMALL);
        y -= SMALL * LEADING + 0.8f * MM;
        show(regular, SMALL, (lineLeft + lineRight - width) / 2, y, caption, GREY);
      }
      if (top - y < 0) {
        y = top;
      }
      space(2 * MM);
    }

    /** QR codes side by side in equal columns, each with its caption to its right. */
    private void qrs(List<DocumentLayout.Qr> codes) throws IOException {
      need(4 * MM + QR_SIZE);
      space(4 * MM);
      float column = WIDTH / codes.size();
      float bottom = y - QR_SIZE;
      float lowest = bottom;
      for (int i = 0; i < codes.size(); i++) {
        DocumentLayout.Qr code = codes.get(i);
        float left = LEFT + i * column;
        if (code.text() != null) {
          drawCode(matrix(code.text()), left, bottom);
        }
        float x = left + QR_SIZE + 3 * MM;
        List<String> lines = new ArrayList<>();
        for (String line : code.caption()) {
          lines.addAll(wrap(regular, regular.printable(line), CAPTION, column - QR_SIZE - 6 * MM));
        }
        float lineHeight = CAPTION * LEADING;
        float baseline =
            y - Math.max(0, (QR_SIZE - lines.size() * lineHeight) / 2) - lineHeight * 0.8f;
        for (String line : lines) {
          show(regular, CAPTION, x, baseline, line, 0.2f);
          lowest = Math.min(lowest, baseline - lineHeight * 0.3f);
          baseline -= lineHeight;
        }
      }
      y = lowest;
    }

    /**
     * The code as a one-bit image of one pixel per module, scaled to {@link #QR_SIZE} without
     * interpolation: sharp at any resolution, and a few hundred bytes.
     */
    private void drawCode(ByteMatrix matrix, float left, float bottom) throws IOException {
      int modules = matrix.getWidth();
      int rowBytes = (modules + 7) / 8;
      byte[] bits = new byte[rowBytes * modules];
      for (int row = 0; row < modules; row++) {
        for (int column = 0; column < modules; column++) {
          if (matrix.get(column, row) != 1) {
            bits[row * rowBytes + column / 8] |= (byte) (0x80 >>> (column % 8));
          }
        }
      }
      PDImageXObject image =
          new PDImageXObject(
              document,
              new ByteArrayInputStream(bits),
              null,
              modules,
              modules,
              1,
              PDDeviceGray.INSTANCE);
      image.setInterpolate(false);
      endText();
      stream.drawImage(image, left, bottom, QR_SIZE, QR_SIZE);
    }

    private void show(Face face, float size, float x, float baseline, String text, float grey)
        throws IOException {
      if (text.isEmpty()) {
        return;
      }
      if (!inText) {
        stream.beginText();
        inText = true;
        lineX = 0;
        lineY = 0;
      }
      if (grey != this.grey) {
        stream.setNonStrokingColor(grey);
        this.grey = grey;
      }
      if (face.font != font || size != this.size) {
        stream.setFont(face.font, size);
        font = face.font;
        this.size = size;
      }
      stream.newLineAtOffset(x - lineX, baseline - lineY);
      lineX = x;
      lineY = baseline;
      stream.showText(text);
    }

    /** Closes the open text object, if any: before a rule or an image, and at the page's end. */
    private void endText() throws IOException {
      if (inText) {
        stream.endText();
        inText = false;
      }
    }

    private void space(float height) {
      if (stream != null && y < TOP) {
        y -= height;
      }
    }

    /** Starts a new page unless {@code height} more fits on this one. */
    private void need(float height) throws IOException {
      if (stream == null || y - height < BOTTOM) {
        close();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page, AppendMode.OVERWRITE, true);
        font = null;
        grey = Float.NaN;
        y = TOP;
      }
    }

    @Override
    public void close() throws IOException {
      if (stream != null) {
        endText();
        stream.close();
        stream = null;
      }
    }

    /**
     * The lines of the text at the size within the width: broken at spaces and line feeds, a word
     * wider than the width broken where it reaches it.
     */
    private static List<String> wrap(Face face, String text, float size, float width) {
      List<String> lines = new ArrayList<>();
      for (String paragraph : paragraphs(text)) {
        StringBuilder line = new StringBuilder();
        float used = 0;
        float space = face.width(" ", size);
        for (String word : words(paragraph)) {
          float w = face.width(word, size);
          if (!line.isEmpty() && used + space + w <= width) {
            line.append(' ').append(word);
            used += space + w;
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
            used = 0;
          }
          while (w > width) {
            int cut = fitting(face, word, size, width);
            lines.add(word.substring(0, cut));
            word = word.substring(cut);
            w = face.width(word, size);
          }
          line.append(word);
          used = w;
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** How many chars of the word fit the width (at least one code point). */
    private static int fitting(Face face, String word, float size, float width) {
      int end = word.offsetByCodePoints(0, 1);
      while (end < word.length()) {
        int next = word.offsetByCodePoints(end, 1);
        if (face.width(word.substring(0, next), size) > width) {
          break;
        }
        end = next;
      }
      return end;
    }
  }

  /**
   * The text's paragraphs: the parts between line breaks (CR LF, LF or CR), empty ones included. A
   * loop, not a regular expression: a PDF wraps every row and paragraph it prints, and splitting
   * them with {@code Pattern.split} took 7 % of a protocol's rendering.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        paragraphs.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    paragraphs.add(text.substring(start));
    return paragraphs;
  }

  /** The paragraph's words: what stands between spaces once its ends are stripped of whitespace. */
  static List<String> words(String paragraph) {
    String stripped = paragraph.strip();
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= stripped.length(); i++) {
      if (i == stripped.length() || stripped.charAt(i) == ' ') {
        if (i > start) {
          words.add(stripped.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  /**
   * The QR code's modules (1: dark), without a quiet zone (the page around it is white): zxing's
   * encoder's own matrix, which its {@code QRCodeWriter} would only copy module by module.
   */
  static ByteMatrix matrix(String text) {
    try {
      return Encoder.encode(
              text,
              ErrorCorrectionLevel.M,
              // any mask gives a valid code; choosing the best of eight took most of the time
              Map.of(EncodeHintType.QR_MASK_PATTERN, 2))
          .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
  }
}
