package kz.ecase.offences.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.Fine;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.FineRange;
import kz.ecase.offences.domain.Offender;
import kz.ecase.offences.domain.PriorOffence;

/**
 * The fine as the officer sees it before signing: the article chosen (its number in the page's
 * language), its range, the fine in MCI and tenge ({@link FineCalculator}), the discounted amount
 * when the discount applies, whether it may be settled on the spot, which of these values are
 * unconfirmed (as message keys {@code catalogue.value.<name>}, shown in words), and the repeat part
 * the person's earlier offences point to.
 */
record FinePreview(
    Article article,
    String number,
    String title,
    int catalogueVersion,
    FineRange range,
    Fine fine,
    Optional<BigDecimal> discounted,
    boolean onTheSpot,
    List<String> unconfirmed,
    Optional<Article> repeat,
    Optional<String> repeatNumber,
    Optional<String> repeatTitle) {

  static Optional<FinePreview> of(
      FineCalculator fines,
      CatalogueVersion version,
      Article article,
      Integer fineMci,
      LocalDate offenceDate,
      List<PriorOffence> prior,
      Locale locale) {
    FineRange range = article.fineIndividual().value();
    if (range == null) {
      return Optional.empty();
    }
    int mci = fineMci != null && range.contains(fineMci) ? fineMci : range.minMci();
    Fine fine = fines.impose(article, Offender.INDIVIDUAL, mci, offenceDate);
    Article applicable = PriorOffence.applicable(version, article, prior, offenceDate);
    Optional<Article> repeat =
        applicable.equals(article) ? Optional.empty() : Optional.of(applicable);
    String language = locale.getLanguage();
    return Optional.of(
        new FinePreview(
            article,
            article.number().cited(language),
            titleOf(article, locale),
            version.version(),
            range,
            fine,
            article.discountApplies()
                ? Optional.of(fines.amountDue(fine, true, offenceDate, offenceDate))
                : Optional.empty(),
            Boolean.TRUE.equals(article.onTheSpot().value()),
            unconfirmedKeys(article, language),
            repeat,
            repeat.map(a -> a.number().cited(language)),
            repeat.map(a -> titleOf(a, locale))));
  }

  /** One article found by a search, as the list shows it. */
  record Choice(
      String code, String number, String title, String fineMci, List<String> unconfirmed) {
    static Choice of(Article article, Locale locale) {
      FineRange range = article.fineIndividual().value();
      return new Choice(
          article.code(),
          article.number().cited(locale.getLanguage()),
          titleOf(article, locale),
          range == null ? null : range.toString(),
          unconfirmedKeys(article, locale.getLanguage()));
    }

    public boolean confirmed() {
      return unconfirmed.isEmpty();
    }
  }

  public boolean rangeIsFixed() {
    return range.minMci() == range.maxMci();
  }

  /**
   * The message keys naming, in words, the values of the article an officer working in the language
   * should know are not confirmed ({@link Article#unconfirmedValuesFor}).
   */
  static List<String> unconfirmedKeys(Article article, String language) {
    return article.unconfirmedValuesFor(language).stream()
        .map(name -> "catalogue.value." + name)
        .toList();
  }

  /** The article's title in the page's language (Russian when the catalogue has none). */
  static String titleOf(Article article, Locale locale) {
    String title =
        switch (locale.getLanguage()) {
          case "kk" -> article.titles().kk().value();
          case "en" -> article.titles().en().value();
          default -> article.titles().ru().value();
        };
    return title == null ? article.titles().ru().value() : title;
  }
}
