package kz.ecase.offences;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The SMS telling the offender of a registered protocol, in Russian and Kazakh: the article, the
 * fine in tenge, the discounted amount and its deadline (when the discount applies), the payment
 * reference and a link to the citizen portal.
 */
final class ProtocolSmsNotice {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private ProtocolSmsNotice() {}

  static String text(
      String number,
      String article,
      BigDecimal fineKzt,
      LocalDate discountDeadline,
      String paymentReference,
      String publicUrl) {
    String fine = tenge(fineKzt);
    String link = publicUrl.replaceAll("/+$", "") + "/citizen/protocols/" + number;
    StringBuilder text = new StringBuilder();
    text.append("Протокол ").append(number).append(": ст. ").append(article);
    text.append(" КоАП РК, штраф ").append(fine).append(" тг");
    if (discountDeadline != null) {
      text.append(", ").append(half(fineKzt)).append(" тг при оплате до ");
      text.append(DATE.format(discountDeadline));
    }
    text.append(". Код платежа ").append(paymentReference).append(". ").append(link);
    text.append("\nХаттама ").append(number).append(": ӘҚБтК ").append(article);
    text.append("-бап, айыппұл ").append(fine).append(" тг");
    if (discountDeadline != null) {
      text.append(", ").append(DATE.format(discountDeadline)).append(" дейін ");
      text.append(half(fineKzt)).append(" тг");
    }
    text.append(". Төлем коды ").append(paymentReference).append('.');
    return text.toString();
  }

  private static String half(BigDecimal fine) {
    return tenge(fine.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
  }

  private static String tenge(BigDecimal amount) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    return format.format(amount);
  }
}
