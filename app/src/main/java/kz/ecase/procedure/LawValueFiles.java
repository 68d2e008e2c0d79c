package kz.ecase.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the law values each module ships in {@code classpath:law/<module>.csv}: a header line, then
 * {@code key,valid_from,valid_until,value,source} rows ({@link CsvTable}: {@code #} starts a
 * comment line; an empty {@code valid_until} is "still in force"; a value ending in {@code ?} is
 * unconfirmed).
 */
final class LawValueFiles {

  static final String LOCATION = "classpath*:law/*.csv";

  private LawValueFiles() {}

  static LawValues load() {
    List<LawValue> values = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        try (InputStream in = file.getInputStream()) {
          values.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("law values could not be read", e);
    }
    return new LawValues(values);
  }

  static List<LawValue> parse(String text) {
    return CsvTable.parse(text, "law values").stream()
        .map(
            row ->
                new LawValue(
                    row.get("key"),
                    LocalDate.parse(row.get("valid_from")),
                    row.get("valid_until").isEmpty()
                        ? null
                        : LocalDate.parse(row.get("valid_until")),
                    Sourced.parse(row.get("value"), String::strip),
                    row.get("source")))
        .toList();
  }
}
