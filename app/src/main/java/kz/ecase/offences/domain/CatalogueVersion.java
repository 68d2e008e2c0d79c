package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.ecase.procedure.Sourced;

/**
 * One version of the catalogue, in force from its effective-from date until the next version's.
 *
 * @param version its number (1, 2, …)
 * @param effectiveFrom the first day it applies to
 * @param articles its rows, each code once, repeat codes pointing at rows of this version
 */
public record CatalogueVersion(
    int version, Sourced<LocalDate> effectiveFrom, List<Article> articles) {

  public CatalogueVersion {
    if (effectiveFrom.value() == null) {
      throw new IllegalArgumentException("catalogue version " + version + " has no start date");
    }
    articles = List.copyOf(articles);
    Map<String, Article> byCode = new LinkedHashMap<>();
    for (Article article : articles) {
      if (byCode.put(article.code(), article) != null) {
        throw new IllegalArgumentException("code " + article.code() + " appears twice");
      }
    }
    for (Article article : articles) {
      article
          .escalatesTo()
          .filter(code -> !byCode.containsKey(code))
          .ifPresent(
              code -> {
                throw new IllegalArgumentException(
                    article.code() + " escalates to unknown code " + code);
              });
    }
  }

  public LocalDate startsOn() {
    return effectiveFrom.value();
  }

  public Optional<Article> article(String code) {
    return articles.stream().filter(article -> article.code().equals(code)).findFirst();
  }

  /**
   * The articles a query names: by number ({@code 592}, {@code 592 ч.2}, {@code 592.3-1}) or, when
   * the query is no number, by words of the code or of any title (kk/ru/en, case-insensitive,
   * Cyrillic or Latin). An empty query finds every article.
   */
  public List<Article> search(String query) {
    String text = query == null ? "" : query;
    Optional<ArticleNumber.Query> number = ArticleNumber.Query.parse(text);
    if (number.isPresent()) {
      return articles.stream().filter(a -> a.number().matches(number.get())).toList();
    }
    List<String> words = SearchText.words(text);
    return articles.stream().filter(a -> SearchText.containsAll(haystack(a), words)).toList();
  }

  private static String haystack(Article article) {
    return article.code()
        + " "
        + article.titles().all().stream()
            .map(title -> title.value() == null ? "" : title.value())
            .collect(Collectors.joining(" "));
  }
}
