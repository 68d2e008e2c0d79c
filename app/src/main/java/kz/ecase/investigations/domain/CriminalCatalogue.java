package kz.ecase.investigations.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The articles of the Criminal Code a report can be qualified by, each code once. */
public final class CriminalCatalogue {

  private final Map<String, CriminalArticle> byCode = new LinkedHashMap<>();

  public CriminalCatalogue(List<CriminalArticle> articles) {
    for (CriminalArticle article : articles) {
      if (byCode.put(article.code(), article) != null) {
        throw new IllegalArgumentException("article " + article.code() + " appears twice");
      }
    }
  }

  /** The article staff may qualify a report by, if the code names one. */
  public Optional<CriminalArticle> offered(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.strip()))
        .filter(CriminalArticle::offeredToStaff);
  }

  /** Every article, as administrators see them (unconfirmed rows included). */
  public List<CriminalArticle> all() {
    return List.copyOf(byCode.values());
  }

  /** The articles staff may choose from, in the catalogue's order, matching a query. */
  public List<CriminalArticle> search(String query) {
    String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return byCode.values().stream()
        .filter(CriminalArticle::offeredToStaff)
        .filter(
            a ->
                text.isEmpty()
                    || a.code().startsWith(text)
                    || a.titleRu().toLowerCase(Locale.ROOT).contains(text)
                    || a.titleEn().toLowerCase(Locale.ROOT).contains(text))
        .toList();
  }
}
