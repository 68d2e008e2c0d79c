package kz.ecase.investigations.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.ecase.kernel.Iin;
import kz.ecase.procedure.LawValue;
import kz.ecase.procedure.LawValues;
import kz.ecase.procedure.Sourced;

/** Law values with a change of the detention limit on 1 January 2022, and IINs by birth date. */
final class CustodyTestData {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final LocalDate CHANGE = LocalDate.of(2022, 1, 1);

  static final LawValues LAW =
      new LawValues(
          List.of(
              value(CustodyLimits.DELIVERY, LocalDate.of(2015, 1, 1), null, "PT3H"),
              value(
                  CustodyLimits.DETENTION, LocalDate.of(2015, 1, 1), CHANGE.minusDays(1), "PT72H"),
              value(CustodyLimits.DETENTION, CHANGE, null, "PT48H"),
              value(CustodyLimits.DETENTION_EXCEPTIONAL, LocalDate.of(2015, 1, 1), null, "PT72H"),
              value(CustodyLimits.DETENTION_MINOR, LocalDate.of(2015, 1, 1), null, "PT24H"),
              value(CustodyLimits.LATE_ENTRY, LocalDate.of(2015, 1, 1), null, "PT1H")));

  static final CustodyLimits LIMITS = new CustodyLimits(LAW, ALMATY);

  /** An adult's IIN (born 15 March 1985). */
  static final Iin ADULT = iinBornOn(LocalDate.of(1985, 3, 15));

  private CustodyTestData() {}

  private static LawValue value(String key, LocalDate from, LocalDate until, String value) {
    return new LawValue(key, from, until, Sourced.confirmed(value), "test");
  }

  /** A valid IIN of a person born on the date. */
  static Iin iinBornOn(LocalDate birth) {
    int century = birth.getYear() >= 2000 ? 5 : 3;
    String start = birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + century;
    for (int serial = 1; serial < 10_000; serial++) {
      String eleven = start + String.format("%04d", serial);
      int check = Iin.checkDigitOf(eleven);
      if (check != 10) {
        return Iin.of(eleven + check);
      }
    }
    throw new IllegalStateException("no IIN for " + birth);
  }

  /** The instant of a local time in Almaty. */
  static Instant almaty(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }
}
