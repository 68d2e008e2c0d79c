package kz.ecase.documents.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What makes a PDF's bytes depend only on its content and issue time: its creation and modification
 * dates are the issue time (whole seconds, UTC), its producer is ecase, and its document ID is
 * derived from the content and the issue time, never from the clock or randomness.
 */
final class DocumentStamp {

  static final String PRODUCER = "ecase";

  /**
   * A PDF date in UTC, as PDFBox's {@code DateConverter.toString} writes a UTC calendar ({@code
   * D:20261206235044+00'00'}): formatted here with a formatter made once, since PDFBox builds a
   * {@code String.format} and a {@code SimpleDateFormat} for each of the two dates of every paper
   * (3 % of a registration's CPU, issue 15). {@code DocumentStampTest} holds it to PDFBox's.
   */
  private static final DateTimeFormatter PDF_DATE =
      DateTimeFormatter.ofPattern("'D:'uuuuMMddHHmmss'+00''00'''", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private DocumentStamp() {}

  static void stamp(PDDocument document, String content, Instant issuedAt) {
    String date = pdfDate(issuedAt);
    PDDocumentInformation info = document.getDocumentInformation();
    info.getCOSObject().setString(COSName.CREATION_DATE, date);
    info.getCOSObject().setString(COSName.MOD_DATE, date);
    info.setProducer(PRODUCER);
    byte[] id = Arrays.copyOf(sha256(content + "\n" + issuedAt), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** The PDF date of the instant's whole second, in UTC. */
  static String pdfDate(Instant at) {
    return PDF_DATE.format(at);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
