package kz.ecase.offences;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.ArticleNumber;
import kz.ecase.offences.domain.OffenceCatalogue;
import kz.ecase.offences.domain.Titles;

/**
 * A protocol's article as people read it: its number in the Code ({@code 592 ч.2}, in Russian;
 * {@link #number(String)} in another language) and its title in each language the catalogue has,
 * from the catalogue version the protocol was drawn up under; the catalogue's code when that
 * version no longer names it.
 *
 * @param titles by language ({@code kk}, {@code ru}, {@code en})
 */
public record ArticleCitation(String code, String number, Map<String, String> titles) {

  public ArticleCitation {
    titles = Map.copyOf(titles);
  }

  /** The article of {@code code} in catalogue version {@code version}. */
  public static ArticleCitation of(OffenceCatalogue catalogue, int version, String code) {
    Optional<Article> article = catalogue.version(version).flatMap(v -> v.article(code));
    return new ArticleCitation(
        code,
        article.map(a -> a.number().cited("ru")).orElse(code),
        article.map(a -> titles(a.titles())).orElse(Map.of()));
  }

  /** The number in the language: {@code 592 ч.2}, {@code 592 б.2}, {@code 592 part 2}. */
  public String number(String language) {
    return ArticleNumber.inLanguage(number, language);
  }

  /** The title in the language, else in Russian, else the code. */
  public String title(String language) {
    return titles.getOrDefault(language, titles.getOrDefault("ru", code));
  }

  private static Map<String, String> titles(Titles all) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map.of("kk", all.kk(), "ru", all.ru(), "en", all.en())
        .forEach(
            (language, title) -> {
              if (title.value() != null) {
                titles.put(language, title.value());
              }
            });
    return titles;
  }
}
