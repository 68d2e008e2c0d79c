package kz.ecase.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * The data files of catalogues and law values: CSV (RFC 4180 quoting) with a header line, {@code #}
 * comment lines, blank lines skipped; each row is read by its column names. A row with more or
 * fewer cells than the header is an error (a misplaced comma must not shift a fine into a term).
 */
public final class CsvTable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private CsvTable() {}

  /** The rows of a file on the classpath. */
  public static List<Map<String, String>> fromClasspath(String resource) {
    InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no data file " + resource + " on the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return rows(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a text. */
  public static List<Map<String, String>> parse(String text, String name) {
    try {
      return rows(new StringReader(text), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> rows(Reader reader, String name) throws IOException {
    var parser = FORMAT.parse(reader);
    int columns = parser.getHeaderNames().size();
    return parser.getRecords().stream()
        .map(
            record -> {
              if (record.size() != columns) {
                throw new IllegalArgumentException(
                    name
                        + " row "
                        + record.getRecordNumber()
                        + ": "
                        + record.size()
                        + " cells where the header has "
                        + columns);
              }
              return record.toMap();
            })
        .toList();
  }
}
