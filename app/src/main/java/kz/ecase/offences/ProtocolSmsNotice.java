package kz.ecase.offences;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.ecase.offences.domain.ArticleNumber;

/**
 * The SMS messages to the offender of a protocol, each in Russian and Kazakh (the population
 * register keeps no language preference, so both): the notice of the registered protocol (the
 * article as the Code numbers it, "ст. 592 ч.2 КоАП РК" / "ӘҚБтК 592-бабының 2-бөлігі", the fine in
 * tenge as both languages write amounts, "43 250 ₸", the discounted amount and its deadline when
 * the discount applies, the payment reference and a link to the citizen portal), and the reminders
 * before the discount's and the voluntary payment's deadlines.
 */
final class ProtocolSmsNotice {

  /** Which message about a protocol; each is sent at most once per protocol. */
  enum Kind {
    NOTICE("notice"),
    DISCOUNT_REMINDER("reminder-discount"),
    PAYMENT_REMINDER("reminder-payment");

    private final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private ProtocolSmsNotice() {}

  /** The outbox's unique key of the message: one of each kind per protocol. */
  static String clientRef(String number, Kind kind) {
    return "protocol-" + number + "-" + kind.key;
  }

  /** The reminder that the discounted payment ends on {@code discountDeadline}. */
  static String discountReminder(
      String number,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      String publicUrl) {
    String date = DATE.format(discountDeadline);
    return "Напоминание: до "
        + date
        + " штраф по протоколу "
        + number
        + " можно оплатить со скидкой: "
        + half(fineKzt)
        + " вместо "
        + tenge(fineKzt)
        + ". Код платежа "
        + paymentReference
        + ". "
        + link(publicUrl, number)
        + "\nЕске салу: "
        + number
        + " хаттама бойынша айыппұлды "
        + date
        + " дейін жеңілдікпен төлеуге болады: "
        + tenge(fineKzt)
        + " орнына "
        + half(fineKzt)
        + ". Төлем коды "
        + paymentReference
        + ".";
  }

  /** The reminder that the voluntary payment ends on {@code paymentDeadline}. */
  static String paymentReminder(
      String number,
      BigDecimal fineKzt,
      LocalDate paymentDeadline,
      String paymentReference,
      String publicUrl) {
    String date = DATE.format(paymentDeadline);
    return "Напоминание: срок оплаты штрафа "
        + tenge(fineKzt)
        + " по протоколу "
        + number
        + " истекает "
        + date
        + ", затем принудительное исполнение. Код платежа "
        + paymentReference
        + ". "
        + link(publicUrl, number)
        + "\nЕске салу: "
        + number
        + " хаттама бойынша "
        + tenge(fineKzt)
        + " айыппұлды төлеу мерзімі "
        + date
        + " аяқталады, одан кейін мәжбүрлеп орындау. Төлем коды "
        + paymentReference
        + ".";
  }

  private static String link(String publicUrl, String number) {
    return publicUrl.replaceAll("/+$", "") + "/citizen/protocols/" + number;
  }

  static String text(
      String number,
      ArticleNumber article,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      String publicUrl) {
    String fine = tenge(fineKzt);
    String link = link(publicUrl, number);
    StringBuilder text = new StringBuilder();
    text.append("Протокол ").append(number).append(": ст. ").append(article.cited("ru"));
    text.append(" КоАП РК, штраф ").append(fine);
    if (discountDeadline != null) {
      text.append(", ").append(half(fineKzt)).append(" при оплате до ");
      text.append(DATE.format(discountDeadline));
    }
    text.append(". Код платежа ").append(paymentReference).append(". ").append(link);
    text.append("\nХаттама ").append(number).append(": ӘҚБтК ").append(kazakh(article));
    text.append(", айыппұл ").append(fine);
    if (discountDeadline != null) {
      text.append(", ").append(DATE.format(discountDeadline)).append(" дейін ");
      text.append(half(fineKzt));
    }
    text.append(". Төлем коды ").append(paymentReference).append('.');
    return text.toString();
  }

  /** "592-бабының 2-бөлігі", or "592-бап" without a part. */
  private static String kazakh(ArticleNumber article) {
    String number = article.article().value();
    String part = article.part().value();
    return part == null ? number + "-бап" : number + "-бабының " + part + "-бөлігі";
  }

  private static String half(BigDecimal fine) {
    return tenge(fine.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
  }

  /**
   * An amount as Russian and Kazakh write it: groups of three digits apart, the tiyn after a comma
   * when there are any, the tenge sign ({@code 43 250 ₸}, {@code 8 650,50 ₸}).
   */
  static String tenge(BigDecimal amount) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
    return format.format(amount) + " ₸";
  }
}
