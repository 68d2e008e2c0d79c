package kz.ecase.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PageFormatsTest {

  private final PageFormats formats = new PageFormats(ZoneId.of("+05:00"));

  @Test
  void amountsAreGroupedByThreeWithTiynOnlyWhenThereAreAny() {
    assertThat(plain(formats.money(new BigDecimal("43250.00")))).isEqualTo("43 250 ₸");
    assertThat(plain(formats.money(new BigDecimal("21625.5")))).isEqualTo("21 625,50 ₸");
    assertThat(plain(formats.money(new BigDecimal("1000000")))).isEqualTo("1 000 000 ₸");
    assertThat(plain(formats.money(new BigDecimal("0.00")))).isEqualTo("0 ₸");
    assertThat(plain(formats.money(new BigDecimal("999")))).isEqualTo("999 ₸");
    assertThat(formats.money(null)).isEmpty();
  }

  @Test
  void anAmountDoesNotWrap() {
    assertThat(formats.money(new BigDecimal("43250"))).doesNotContain(" ");
  }

  @Test
  void datesAndTimesAreInKazakhstansZone() {
    Instant lateUtc = Instant.parse("2026-12-05T20:30:00Z");
    assertThat(formats.dateTime(lateUtc)).isEqualTo("06.12.2026 01:30");
    assertThat(formats.date(lateUtc)).isEqualTo("06.12.2026");
    assertThat(formats.time(lateUtc)).isEqualTo("01:30");
    assertThat(formats.date(LocalDate.of(2026, 1, 2))).isEqualTo("02.01.2026");
  }

  private static String plain(String text) {
    return text.replace(PageFormats.SPACE, ' ');
  }
}
