package kz.ecase.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.ecase.platform.EcaseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Amounts, dates and times written one way on pages ({@code @formats.money(...)} in templates):
 * {@code 43 250 ₸} (groups of three, a decimal comma only when there are tiyn), {@code 05.12.2026},
 * {@code 05.12.2026 14:30} in ecase's time zone (Kazakhstan's). Spaces are non-breaking, so an
 * amount never wraps on a phone.
 */
@Component("formats")
public class PageFormats {

  static final char SPACE = '\u00a0';
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final ZoneId zone;

  @Autowired
  PageFormats(EcaseProperties ecase) {
    this(ecase.timeZone());
  }

  PageFormats(ZoneId zone) {
    this.zone = zone;
  }

  /** {@code 43 250 ₸}, {@code 21 625,50 ₸}; empty for none. */
  public String money(BigDecimal kzt) {
    if (kzt == null) {
      return "";
    }
    BigDecimal amount = kzt.setScale(2, RoundingMode.HALF_UP);
    String sign = amount.signum() < 0 ? "-" : "";
    BigDecimal abs = amount.abs();
    String whole = abs.setScale(0, RoundingMode.DOWN).toPlainString();
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(SPACE);
      }
      grouped.append(whole.charAt(i));
    }
    int tiyn = abs.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    String fraction = tiyn == 0 ? "" : String.format(",%02d", tiyn);
    return sign + grouped + fraction + SPACE + "₸";
  }

  /** Whole tenge, {@code 4 325 ₸}. */
  public String money(long kzt) {
    return money(BigDecimal.valueOf(kzt));
  }

  /** {@code 05.12.2026}; empty for none. */
  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The day of the instant in ecase's zone, {@code 05.12.2026}; empty for none. */
  public String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(zone));
  }

  /** {@code 05.12.2026 14:30} in ecase's zone; empty for none. */
  public String dateTime(Instant at) {
    return at == null ? "" : format(DATE_TIME, at);
  }

  /** {@code 14:30} in ecase's zone; empty for none. */
  public String time(Instant at) {
    return at == null ? "" : format(TIME, at);
  }

  private String format(DateTimeFormatter formatter, Instant at) {
    return formatter.format(at.atZone(zone));
  }
}
