package kz.ecase.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Time;

/**
 * The CMS signing-time attribute's value, to the second: a UTCTime for the years 1950 to 2049 and a
 * GeneralizedTime otherwise (RFC 5652, 11.3), exactly as Bouncy Castle's {@code Time(Date)} encodes
 * it. Within UTCTime's years the DER is written here with a formatter made once: Bouncy Castle
 * makes a {@code SimpleDateFormat} to write the time and another to check what it wrote, for every
 * signature (issue 15's profile of a registration). {@code SigningTimesTest} holds the two to the
 * same bytes.
 */
final class SigningTimes {

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int UTC_TIME_TAG = 0x17;

  private SigningTimes() {}

  static Time of(Instant at) {
    Instant second = at.truncatedTo(ChronoUnit.SECONDS);
    int year = ZonedDateTime.ofInstant(second, ZoneOffset.UTC).getYear();
    if (year < 1950 || year > 2049) {
      return new Time(Date.from(second));
    }
    byte[] text = UTC_TIME.format(second).getBytes(StandardCharsets.US_ASCII);
    byte[] der = new byte[2 + text.length];
    der[0] = UTC_TIME_TAG;
    der[1] = (byte) text.length;
    System.arraycopy(text, 0, der, 2, text.length);
    try {
      return Time.getInstance(ASN1Primitive.fromByteArray(der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
