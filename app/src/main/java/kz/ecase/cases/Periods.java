package kz.ecase.cases;

import java.time.Period;
import kz.ecase.cases.domain.ProceedingsLanguage;

/** A term's period as documents write it: "1 мес. 15 сут." / "1 ай 15 тәулік". */
final class Periods {

  private Periods() {}

  static String say(Period period, ProceedingsLanguage language) {
    boolean kk = language == ProceedingsLanguage.KK;
    StringBuilder text = new StringBuilder();
    long months = period.toTotalMonths();
    if (months > 0) {
      text.append(months).append(kk ? " ай" : " мес.");
    }
    if (period.getDays() > 0 || months == 0) {
      text.append(text.isEmpty() ? "" : " ")
          .append(period.getDays())
          .append(kk ? " тәулік" : " сут.");
    }
    return text.toString();
  }
}
