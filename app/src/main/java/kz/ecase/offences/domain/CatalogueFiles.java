package kz.ecase.offences.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no catalogue file " + resource + " on the classpath");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = fields(reader.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = fields(line);
        if (fields.size() != header.size()) {
          throw new IllegalArgumentException(
              resource
                  + ": "
                  + fields.size()
                  + " fields where the header has "
                  + header.size()
                  + ": "
                  + line);
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV line (RFC 4180 quoting, no line breaks inside fields). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
