package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.Time;
import org.junit.jupiter.api.Test;

/**
 * A signature's signing time is written by ecase's own formatter within UTCTime's years: its DER
 * must stay the bytes Bouncy Castle's {@code Time(Date)} writes, and read back as the same second.
 */
class SigningTimesTest {

  @Test
  void encodesEverySecondTriedAsBouncyCastleDoes() throws Exception {
    Random random = new Random(20261207L);
    for (int i = 0; i < 5_000; i++) {
      // 1900 to 2100: both sides of UTCTime's years
      long millis = -2_208_988_800_000L + (long) (random.nextDouble() * 6_311_433_600_000L);
      Instant at = Instant.ofEpochMilli(millis);

      assertThat(SigningTimes.of(at).getEncoded(ASN1Encoding.DER))
          .as("%s", at)
          .isEqualTo(
              new Time(Date.from(at.truncatedTo(ChronoUnit.SECONDS))).getEncoded(ASN1Encoding.DER));
    }
  }

  @Test
  void readsBackAsTheSameSecondAtTheEdgesOfUtcTime() throws Exception {
    for (String at :
        new String[] {
          "1949-12-31T23:59:59.999Z",
          "1950-01-01T00:00:00Z",
          "2026-12-07T00:01:02.345Z",
          "2049-12-31T23:59:59Z",
          "2050-01-01T00:00:00Z"
        }) {
      Instant instant = Instant.parse(at);

      assertThat(SigningTimes.of(instant).getDate().toInstant())
          .isEqualTo(instant.truncatedTo(ChronoUnit.SECONDS));
    }
  }
}
