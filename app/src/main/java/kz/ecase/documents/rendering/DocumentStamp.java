package kz.ecase.documents.rendering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
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

  private DocumentStamp() {}

  static void stamp(PDDocument document, String content, Instant issuedAt) {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    date.setTimeInMillis(issuedAt.toEpochMilli() / 1000 * 1000);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(date);
    info.setModificationDate(date);
    info.setProducer(PRODUCER);
    byte[] id = Arrays.copyOf(sha256(content + "\n" + issuedAt), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
