package kz.ecase.offences;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.ecase.offences.domain.ArticleNumber;
import kz.ecase.procedure.Sourced;
import org.junit.jupiter.api.Test;

class ProtocolSmsNoticeTest {

  private static final ArticleNumber SPEEDING_20_40 =
      new ArticleNumber(Sourced.confirmed("592"), Sourced.confirmed("2"));

  @Test
  void namesArticleAmountsDeadlineReferenceAndLinkInRussianAndKazakh() {
    String text =
        ProtocolSmsNotice.text(
            "26710001000042",
            SPEEDING_20_40,
            new BigDecimal("43250.00"),
            LocalDate.of(2026, 3, 11),
            "267100010000421",
            "https://e.example.kz/");

    assertThat(text)
        .contains("Протокол 26710001000042: ст. 592 ч.2 КоАП РК, штраф 43 250 ₸")
        .contains("21 625 ₸ при оплате до 11.03.2026")
        .contains("Код платежа 267100010000421")
        .contains("https://e.example.kz/citizen/protocols/26710001000042")
        .contains("Хаттама 26710001000042: ӘҚБтК 592-бабының 2-бөлігі, айыппұл 43 250 ₸")
        .contains("11.03.2026 дейін 21 625 ₸")
        .contains("Төлем коды 267100010000421.")
        .doesNotContain("speeding", "?", "тг");
  }

  @Test
  void withoutDiscountNamesNoDeadline() {
    String text =
        ProtocolSmsNotice.text(
            "1",
            new ArticleNumber(Sourced.confirmed("434-2"), Sourced.unknown()),
            new BigDecimal("8650.50"),
            null,
            "R",
            "http://localhost:8080");
    assertThat(text)
        .contains("ст. 434-2 КоАП РК, штраф 8 650,50 ₸.", "ӘҚБтК 434-2-бап, айыппұл 8 650,50 ₸.")
        .doesNotContain("при оплате до", "дейін", "ч.?");
  }

  @Test
  void discountReminderNamesBothAmountsTheDeadlineAndTheReference() {
    String text =
        ProtocolSmsNotice.discountReminder(
            "26710001000042",
            new BigDecimal("43250.00"),
            LocalDate.of(2026, 3, 11),
            "267100010000421",
            "https://e.example.kz");
    assertThat(text)
        .contains("до 11.03.2026", "21 625 ₸ вместо 43 250 ₸", "Код платежа 267100010000421")
        .contains("https://e.example.kz/citizen/protocols/26710001000042")
        .contains("11.03.2026 дейін", "43 250 ₸ орнына 21 625 ₸", "Төлем коды 267100010000421");
    assertThat(text.length()).isLessThan(400);
  }

  @Test
  void paymentReminderNamesTheFineTheDeadlineAndEnforcement() {
    String text =
        ProtocolSmsNotice.paymentReminder(
            "26710001000042",
            new BigDecimal("43250.00"),
            LocalDate.of(2026, 5, 1),
            "267100010000421",
            "https://e.example.kz/");
    assertThat(text)
        .contains("штрафа 43 250 ₸", "истекает 01.05.2026", "принудительное исполнение")
        .contains("01.05.2026 аяқталады", "мәжбүрлеп орындау", "Төлем коды 267100010000421");
  }

  @Test
  void eachKindOfMessageHasItsOwnKeyPerProtocol() {
    assertThat(ProtocolSmsNotice.clientRef("1", ProtocolSmsNotice.Kind.NOTICE))
        .isEqualTo("protocol-1-notice");
    assertThat(ProtocolSmsNotice.clientRef("1", ProtocolSmsNotice.Kind.DISCOUNT_REMINDER))
        .isNotEqualTo(ProtocolSmsNotice.clientRef("1", ProtocolSmsNotice.Kind.PAYMENT_REMINDER))
        .isNotEqualTo(ProtocolSmsNotice.clientRef("2", ProtocolSmsNotice.Kind.DISCOUNT_REMINDER));
  }
}
