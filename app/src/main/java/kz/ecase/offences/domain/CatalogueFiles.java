package kz.ecase.offences.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.ecase.procedure.CsvTable;
import kz.ecase.procedure.Sourced;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

  /** The columns of a catalogue file, in the shipped files' order. */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "article",
          "part",
          "title_kk",
          "title_ru",
          "title_en",
          "fine_individual_mci",
          "fine_legal_entity_mci",
          "other_penalty",
          "on_the_spot",
          "discount_50",
          "repeat_code",
          "sources",
          "note");

  /**
   * A version kept as text (by the database): its rows written as a catalogue file, read back the
   * way the shipped files are read.
   */
  public static CatalogueVersion version(int number, LocalDate effectiveFrom, String csv) {
    List<Article> articles =
        CsvTable.parse(csv, "catalogue version " + number).stream()
            .map(CatalogueFiles::article)
            .toList();
    return new CatalogueVersion(number, Sourced.confirmed(effectiveFrom), articles);
  }

  /**
   * Articles written as a catalogue file ({@link #COLUMNS}, RFC 4180), which {@link #version}
   * reads.
   */
  public static String csv(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
      for (Article article : articles) {
        printer.printRecord(cells(article).values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One article's cells by column, {@code ?} marking what is not confirmed. */
  static Map<String, String> cells(Article a) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("code", a.code());
    cells.put("article", a.number().article().toString());
    cells.put("part", a.number().part().toString());
    cells.put("title_kk", a.titles().kk().toString());
    cells.put("title_ru", a.titles().ru().toString());
    cells.put("title_en", a.titles().en().toString());
    cells.put("fine_individual_mci", a.fineIndividual().toString());
    cells.put("fine_legal_entity_mci", a.fineLegalEntity().toString());
    cells.put("other_penalty", a.otherPenalty().toString());
    cells.put("on_the_spot", a.onTheSpot().map(CatalogueFiles::yesOrNo).toString());
    cells.put("discount_50", a.discount().map(CatalogueFiles::yesOrNo).toString());
    cells.put("repeat_code", a.repeatCode().toString());
    cells.put("sources", String.join(" ; ", a.sources()));
    cells.put("note", "");
    return cells;
  }

  private static String yesOrNo(boolean yes) {
    return yes ? "yes" : "no";
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
