package kz.ecase.offences;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.ArticleNumber;

/**
 * How the papers of a protocol write amounts, dates, articles and the texts every paper shares, in
 * Kazakh ({@code kk}) or Russian ({@code ru}): amounts in whole tenge grouped by spaces ({@code 43
 * 250 ₸}; tiyn only when there are any), dates {@code dd.MM.yyyy}, times {@code HH:mm}.
 */
final class PaperText {

  /** A space that never breaks a line: inside an amount and before its currency sign. */
  static final char NBSP = '\u00A0';

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final String language;
  private final ZoneId zone;

  PaperText(String language, ZoneId zone) {
    this.language = "kk".equals(language) ? "kk" : "ru";
    this.zone = zone;
  }

  String language() {
    return language;
  }

  boolean kazakh() {
    return language.equals("kk");
  }

  /** {@code kk} or {@code ru}, whichever is this paper's language. */
  String say(String kk, String ru) {
    return kazakh() ? kk : ru;
  }

  /** {@code 43 250 ₸}, {@code 21 625,50 ₸}. */
  static String tenge(BigDecimal amount) {
    BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
    String whole = group(scaled.toBigInteger().toString());
    int tiyn = scaled.remainder(BigDecimal.ONE).movePointRight(2).abs().intValue();
    return (tiyn == 0 ? whole : whole + "," + String.format("%02d", tiyn)) + NBSP + "₸";
  }

  private static String group(String digits) {
    StringBuilder out = new StringBuilder();
    int start = digits.startsWith("-") ? 1 : 0;
    for (int i = start; i < digits.length(); i++) {
      if (i > start && (digits.length() - i) % 3 == 0) {
        out.append(NBSP);
      }
      out.append(digits.charAt(i));
    }
    return (start == 1 ? "-" : "") + out;
  }

  /** {@code 5 МРП} / {@code 5 АЕК}. */
  String mci(int mci) {
    return mci + String.valueOf(NBSP) + say("АЕК", "МРП");
  }

  String date(LocalDate day) {
    return day == null ? null : DATE.format(day);
  }

  String date(Instant at) {
    return DATE.format(at.atZone(zone));
  }

  String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  /** {@code 14.03.2026, 10:15} / {@code 14.03.2026 ж., 10:15}. */
  String dateTime(Instant at) {
    return date(at) + say(" ж., ", ", ") + time(at);
  }

  /**
   * The article as the Code is cited, with its title: {@code ст. 592 ч. 2 КоАП РК — Превышение…} or
   * {@code ҚР ӘҚБтК 592-бабының 2-бөлігі — …}.
   */
  String article(Article article) {
    String title = kazakh() ? article.titles().kk().value() : article.titles().ru().value();
    if (title == null) {
      title = article.titles().ru().value();
    }
    String cited = cite(article.number());
    return title == null ? cited : cited + " — " + title;
  }

  private String cite(ArticleNumber number) {
    String a = number.article().value() == null ? "?" : number.article().value();
    String part = number.part().value();
    if (kazakh()) {
      return part == null
          ? "ҚР ӘҚБтК " + a + "-бабы"
          : "ҚР ӘҚБтК " + a + "-бабының " + part + "-бөлігі";
    }
    return part == null ? "ст. " + a + " КоАП РК" : "ст. " + a + " ч. " + part + " КоАП РК";
  }

  /** The rights of the person brought to administrative responsibility (art. 744 of the Code). */
  String rights() {
    return say(
        "Әкімшілік жауапкершілікке тартылатын адамға ҚР ӘҚБтК 744-бабында көзделген құқықтары"
            + " түсіндірілді: хаттамамен және іс материалдарымен танысу, олардан үзінді көшірмелер"
            + " алу; түсініктеме беру; дәлелдемелер ұсыну; өтінішхаттар мен қарсылықтар мәлімдеу;"
            + " қорғаушының заң көмегін пайдалану; ана тілінде немесе өзі білетін тілде сөйлеу және"
            + " аудармашының көмегін тегін пайдалану; іс бойынша шығарылған қаулыға шағым жасау.",
        "Лицу, привлекаемому к административной ответственности, разъяснены его права,"
            + " предусмотренные статьёй 744 КоАП РК: знакомиться с протоколом и материалами дела,"
            + " делать из них выписки; давать объяснения; представлять доказательства; заявлять"
            + " ходатайства и отводы; пользоваться юридической помощью защитника; выступать на"
            + " родном языке или языке, которым владеет, и бесплатно пользоваться помощью"
            + " переводчика; обжаловать постановление по делу.");
  }

  /** Where and within how many days a decision is appealed. */
  String appeal(int days) {
    return say(
        "Қаулыға оның көшірмесі тапсырылған күннен бастап "
            + days
            + " тәулік ішінде жоғары тұрған лауазымды адамға (органның басшысына) немесе сотқа"
            + " шағым жасалуы мүмкін. Шағым ecase порталы арқылы немесе қаулы шығарған органға"
            + " жазбаша беріледі. Шағым жасалмаса, қаулы осы мерзім өткен соң заңды күшіне енеді.",
        "Постановление может быть обжаловано вышестоящему должностному лицу (руководителю"
            + " органа) или в суд в течение "
            + days
            + " суток со дня вручения его копии. Жалоба подаётся через портал ecase или письменно"
            + " в орган, вынесший постановление. Если жалоба не подана, постановление вступает в"
            + " законную силу по истечении этого срока.");
  }

  /** What paying the fine at half before the deadline means. */
  String discountRule(LocalDate deadline) {
    return say(
        "Айыппұлды "
            + date(deadline)
            + " дейін (7 жұмыс күні ішінде) төлеген кезде айыппұл сомасының 50 %-ы төленеді;"
            + " бұлай төлеу істі аяқтайды және қаулыға шағым жасау құқығынан бас тартуды білдіреді.",
        "При уплате штрафа до "
            + date(deadline)
            + " включительно (в течение 7 рабочих дней) уплачивается 50 % суммы штрафа;"
            + " такая уплата завершает производство и означает отказ от обжалования.");
  }

  /** The person's explanation as printed, or that they refused to give one. */
  String explanation(String typed, boolean refused) {
    if (refused) {
      return say("Түсініктеме беруден бас тартты", "От объяснений отказался(ась)");
    }
    return typed;
  }
}
