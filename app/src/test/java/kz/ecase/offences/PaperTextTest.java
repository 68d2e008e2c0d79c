package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PaperTextTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  static String plain(String text) {
    return text.replace(PaperText.NBSP, ' ');
  }

  @Test
  void amountsAreWholeTengeGroupedBySpacesWithTiynOnlyWhenThereAreAny() {
    assertThat(plain(PaperText.tenge(new BigDecimal("43250.00")))).isEqualTo("43 250 ₸");
    assertThat(plain(PaperText.tenge(new BigDecimal("21625.50")))).isEqualTo("21 625,50 ₸");
    assertThat(plain(PaperText.tenge(new BigDecimal("500")))).isEqualTo("500 ₸");
    assertThat(plain(PaperText.tenge(new BigDecimal("1000000.05")))).isEqualTo("1 000 000,05 ₸");
    assertThat(PaperText.tenge(new BigDecimal("43250"))).doesNotContain(" ");
  }

  @Test
  void datesAndTimesAreInKazakhstansTimeInThePapersLanguage() {
    Instant at = Instant.parse("2026-03-14T19:05:00Z");

    assertThat(new PaperText("ru", ALMATY).dateTime(at)).isEqualTo("15.03.2026, 00:05");
    assertThat(new PaperText("kk", ALMATY).dateTime(at)).isEqualTo("15.03.2026 ж., 00:05");
    assertThat(new PaperText("ru", ALMATY).date(LocalDate.of(2026, 1, 2))).isEqualTo("02.01.2026");
    assertThat(plain(new PaperText("kk", ALMATY).mci(10))).isEqualTo("10 АЕК");
  }

  @Test
  void theExplanationOrTheRefusalInEachLanguage() {
    assertThat(new PaperText("ru", ALMATY).explanation(null, true))
        .isEqualTo("От объяснений отказался(ась)");
    assertThat(new PaperText("kk", ALMATY).explanation(null, true))
        .isEqualTo("Түсініктеме беруден бас тартты");
    assertThat(new PaperText("ru", ALMATY).explanation("Спешил", false)).isEqualTo("Спешил");
    assertThat(new PaperText("ru", ALMATY).appeal(10)).contains("в течение 10 суток");
    assertThat(new PaperText("kk", ALMATY).appeal(10)).contains("10 тәулік ішінде");
  }
}
