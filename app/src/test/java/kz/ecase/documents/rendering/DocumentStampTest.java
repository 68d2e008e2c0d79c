package kz.ecase.documents.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.apache.pdfbox.util.DateConverter;
import org.junit.jupiter.api.Test;

/**
 * The paper's dates are written by ecase's own formatter: they must stay the very strings PDFBox
 * writes for the same second in UTC, or the same input would no longer give the same bytes.
 */
class DocumentStampTest {

  @Test
  void writesTheDatePdfBoxWritesForEverySecondTried() {
    Random random = new Random(20261206L);
    for (int i = 0; i < 5_000; i++) {
      // 1970 to 2100, milliseconds included (the paper keeps whole seconds)
      Instant at = Instant.ofEpochMilli((long) (random.nextDouble() * 4_102_444_800_000L));
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      calendar.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);

      assertThat(DocumentStamp.pdfDate(at))
          .as("%s", at)
          .isEqualTo(DateConverter.toString(calendar));
    }
  }

  @Test
  void aPdfDateReadsBackAsTheSameSecond() {
    Instant at = Instant.parse("2026-12-06T23:50:44.789Z");

    assertThat(DateConverter.toCalendar(DocumentStamp.pdfDate(at)).toInstant())
        .isEqualTo(Instant.parse("2026-12-06T23:50:44Z"));
  }
}
