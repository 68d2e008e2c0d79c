package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.ecase.procedure.CsvTable;
import kz.ecase.procedure.Sourced;

/**
 * Reads the catalogue from its CSV files: {@code versions.csv} lists the versions (number,
 * effective-from date, file), each file one row per article. Columns are found by their header. See
 * docs/offences.md for the columns and the {@code ?} convention.
 */
public final class CatalogueFiles {

  /** Where the shipped catalogue lives on the classpath. */
  public static final String CLASSPATH_DIRECTORY = "offences";

  private CatalogueFiles() {}

  /** The catalogue shipped with ecase. */
  public static OffenceCatalogue shipped() {
    return fromClasspath(CLASSPATH_DIRECTORY);
  }

  public static OffenceCatalogue fromClasspath(String directory) {
    List<CatalogueVersion> versions = new ArrayList<>();
    for (Map<String, String> row : rows(directory + "/versions.csv")) {
      int number = Integer.parseInt(row.get("version"));
      Sourced<LocalDate> from = Sourced.parse(row.get("effective_from"), LocalDate::parse);
      List<Article> articles =
          rows(directory + "/" + row.get("file")).stream().map(CatalogueFiles::article).toList();
      versions.add(new CatalogueVersion(number, from, articles));
    }
    return new OffenceCatalogue(versions);
  }

  static Article article(Map<String, String> row) {
    try {
      return new Article(
          row.get("code"),
          new ArticleNumber(text(row, "article"), text(row, "part")),
          new Titles(text(row, "title_kk"), text(row, "title_ru"), text(row, "title_en")),
          Sourced.parse(row.get("fine_individual_mci"), FineRange::parse),
          Sourced.parse(row.get("fine_legal_entity_mci"), FineRange::parse),
          text(row, "other_penalty"),
          Sourced.parse(row.get("on_the_spot"), CatalogueFiles::yesNo),
          Sourced.parse(row.get("discount_50"), CatalogueFiles::yesNo),
          text(row, "repeat_code"),
          Arrays.stream(row.getOrDefault("sources", "").split(";"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "catalogue row " + row.get("code") + ": " + e.getMessage(), e);
    }
  }

  private static Sourced<String> text(Map<String, String> row, String column) {
    return Sourced.parse(row.get(column), s -> s);
  }

  private static boolean yesNo(String text) {
    return switch (text) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException("yes or no expected, not " + text);
    };
  }

  private static List<Map<String, String>> rows(String resource) {
    return CsvTable.fromClasspath(resource);
  }
}
