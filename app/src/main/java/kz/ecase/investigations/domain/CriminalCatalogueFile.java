package kz.ecase.investigations.domain;

import java.util.List;
import java.util.Map;
import kz.ecase.procedure.CsvTable;
import kz.ecase.procedure.Sourced;

/**
 * Reads the catalogue of Criminal Code articles shipped in {@code
 * investigations/criminal-articles.csv}: columns {@code article, part, gravity,
 * max_imprisonment_years, title_ru, title_en, source}, a trailing {@code ?} marking an unconfirmed
 * value and a lone {@code ?} an unknown one.
 */
public final class CriminalCatalogueFile {

  public static final String SHIPPED = "investigations/criminal-articles.csv";

  private CriminalCatalogueFile() {}

  public static CriminalCatalogue shipped() {
    return new CriminalCatalogue(
        CsvTable.fromClasspath(SHIPPED).stream().map(CriminalCatalogueFile::article).toList());
  }

  static CriminalArticle article(Map<String, String> row) {
    try {
      return new CriminalArticle(
          Sourced.parse(row.get("article"), s -> s),
          Sourced.parse(row.get("part"), s -> s),
          Sourced.parse(row.get("gravity"), Gravity::valueOf),
          Sourced.parse(row.get("max_imprisonment_years"), Integer::valueOf),
          row.get("title_ru"),
          row.get("title_en"),
          row.get("source"));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "criminal article " + row.get("article") + ": " + e.getMessage(), e);
    }
  }

  static List<CriminalArticle> all() {
    return shipped().all();
  }
}
