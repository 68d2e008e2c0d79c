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
 * The fine as the officer sees it before signing: the article chosen, its range, the fine in MCI
 * and tenge ({@link FineCalculator}), the discounted amount when the discount applies, whether it
 * may be settled on the spot, which of these values are unconfirmed, and the repeat part the
 * person's earlier offences point to.
 */
record FinePreview(
    Article article,
    String title,
    int catalogueVersion,
    FineRange range,
    Fine fine,
    Optional<BigDecimal> discounted,
    boolean onTheSpot,
    List<String> unconfirmed,
    Optional<Article> repeat) {

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
    return Optional.of(
        new FinePreview(
            article,
            titleOf(article, locale),
            version.version(),
            range,
            fine,
            article.discountApplies()
                ? Optional.of(fines.amountDue(fine, true, offenceDate, offenceDate))
                : Optional.empty(),
            Boolean.TRUE.equals(article.onTheSpot().value()),
            article.unconfirmedValues(),
            applicable.equals(article) ? Optional.empty() : Optional.of(applicable)));
  }

  /** One article found by a search, as the list shows it. */
  record Choice(String code, String number, String title, String fineMci, boolean confirmed) {
    static Choice of(Article article, Locale locale) {
      FineRange range = article.fineIndividual().value();
      return new Choice(
          article.code(),
          article.number().toString(),
          titleOf(article, locale),
          range == null ? null : range.toString(),
          article.confirmed());
    }
  }

  public boolean rangeIsFixed() {
    return range.minMci() == range.maxMci();
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
