package kz.ecase.documents.rendering;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import kz.ecase.platform.TextPolicy;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf template → XHTML → PDF (openhtmltopdf on PDFBox), with DejaVu Sans embedded (a subset
 * of the glyphs used), which has every letter of the Kazakh and Russian alphabets.
 *
 * <p>The bytes depend only on the template, the model and the issue time: the PDF's creation and
 * modification dates are the issue time, its document ID is derived from the rendered XHTML and the
 * issue time, and nothing reads the clock, the locale or the host.
 */
@Component
public class PdfRenderer {

  /** The font family every template uses. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final String FONT_DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

  static {
    // openhtmltopdf logs every font it loads and stylesheet it matches at INFO through its own
    // java.util.logging loggers,
    // which Spring's logging levels do not reach: once per document would flood the log
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final SpringTemplateEngine templates;

  /** The fonts' metrics, read once and shared by every rendering (thread-safe). */
  private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

  /** The fonts, parsed once; a set per simultaneous rendering, up to twice the cores. */
  private final ParsedFonts parsedFonts;

  public PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("documents/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    this.templates = new SpringTemplateEngine();
    this.templates.setTemplateResolver(resolver);
    this.parsedFonts =
        new ParsedFonts(
            font("DejaVuSans.ttf"),
            font("DejaVuSans-Bold.ttf"),
            2 * Runtime.getRuntime().availableProcessors());
  }

  /** The PDF of {@code documents/templates/<template>.html} with the model. */
  public byte[] render(String template, Map<String, ?> model, Instant issuedAt) {
    return toPdf(page(template, model, issuedAt), issuedAt);
  }

  /** The XHTML page of {@code documents/templates/<template>.html} with the model. */
  public String page(String template, Map<String, ?> model, Instant issuedAt) {
    if (template == null || !template.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
      throw new IllegalArgumentException("A template name is lower-case words: " + template);
    }
    Context context = new Context(Locale.ROOT);
    model.forEach(context::setVariable);
    context.setVariable("issuedAt", issuedAt);
    return templates.process(template, context);
  }

  /** The PDF of an XHTML page; characters that XML cannot hold are shown as U+FFFD. */
  public byte[] toPdf(String page, Instant issuedAt) {
    // text stored before the input rules (or by other means) renders with U+FFFD in place of
    // characters XML cannot hold, rather than failing the document
    String xhtml = TextPolicy.forXml(page);
    ParsedFonts.FontSet fonts = parsedFonts.borrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
      builder.withProducer(DocumentStamp.PRODUCER);
      builder.usePDDocument(document);
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
          FONT_FAMILY,
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
          FONT_FAMILY,
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        DocumentStamp.stamp(document, xhtml, issuedAt);
        document.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the document", e);
    } finally {
      parsedFonts.giveBack(fonts);
    }
    return out.toByteArray();
  }

  static byte[] font(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
