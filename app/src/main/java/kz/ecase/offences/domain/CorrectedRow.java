package kz.ecase.offences.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A row of the catalogue as an administrator corrects it: its code (which does not change) and its
 * values, each with whether it is confirmed. A value left out ({@code null}) keeps the row's
 * current one.
 */
public record CorrectedRow(
    String code,
    CatalogueCell article,
    CatalogueCell part,
    CatalogueCell titleKk,
    CatalogueCell titleRu,
    CatalogueCell titleEn,
    CatalogueCell fineIndividual,
    CatalogueCell fineLegalEntity,
    CatalogueCell otherPenalty,
    CatalogueCell onTheSpot,
    CatalogueCell discount,
    CatalogueCell repeatCode,
    List<String> sources) {

  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(-\\d{1,3})?");
  private static final Pattern FINE = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int LONGEST_TEXT = 500;

  /** The values by field name (the API's), {@code null} where left out. */
  Map<String, CatalogueCell> values() {
    Map<String, CatalogueCell> values = new LinkedHashMap<>();
    values.put("article", article);
    values.put("part", part);
    values.put("titleKk", titleKk);
    values.put("titleRu", titleRu);
    values.put("titleEn", titleEn);
    values.put("fineIndividual", fineIndividual);
    values.put("fineLegalEntity", fineLegalEntity);
    values.put("otherPenalty", otherPenalty);
    values.put("onTheSpot", onTheSpot);
    values.put("discount", discount);
    values.put("repeatCode", repeatCode);
    return values;
  }

  /** The column of the catalogue file each field fills. */
  private static final Map<String, String> COLUMN =
      Map.ofEntries(
          Map.entry("article", "article"),
          Map.entry("part", "part"),
          Map.entry("titleKk", "title_kk"),
          Map.entry("titleRu", "title_ru"),
          Map.entry("titleEn", "title_en"),
          Map.entry("fineIndividual", "fine_individual_mci"),
          Map.entry("fineLegalEntity", "fine_legal_entity_mci"),
          Map.entry("otherPenalty", "other_penalty"),
          Map.entry("onTheSpot", "on_the_spot"),
          Map.entry("discount", "discount_50"),
          Map.entry("repeatCode", "repeat_code"));

  /** What is wrong with the values, by field name (prefixed), all at once; empty if nothing. */
  Map<String, String> problems(String prefix) {
    Map<String, String> problems = new LinkedHashMap<>();
    values()
        .forEach(
            (field, cell) -> {
              if (cell != null) {
                problem(field, cell).ifPresent(p -> problems.put(prefix + field, p));
              }
            });
    if (sources != null) {
      if (sources.stream().allMatch(s -> s == null || s.isBlank())) {
        problems.put(prefix + "sources", "At least one source: a link or a document");
      } else if (sources.stream()
          .anyMatch(s -> s != null && (s.contains(";") || s.length() > LONGEST_TEXT))) {
        problems.put(prefix + "sources", "One source per line, without ';', up to 500 characters");
      }
    }
    return problems;
  }

  private static Optional<String> problem(String field, CatalogueCell cell) {
    String text = cell.value();
    if (text.length() > LONGEST_TEXT || text.contains("\n") || text.contains("\r")) {
      return Optional.of("One line of up to 500 characters");
    }
    if (text.endsWith("?")) {
      return Optional.of("Mark the value not confirmed instead of writing ?");
    }
    String problem =
        switch (field) {
          case "article" ->
              text.isEmpty()
                  ? (cell.confirmed() ? "Give the article number, or mark it not confirmed" : null)
                  : NUMBER.matcher(text).matches()
                      ? null
                      : "An article number such as 592 or 434-2";
          case "part" ->
              text.isEmpty() || NUMBER.matcher(text).matches()
                  ? null
                  : "A part such as 2 or 3-1, or nothing";
          case "titleKk", "titleRu", "titleEn" ->
              text.isEmpty() && cell.confirmed()
                  ? "Give the title, or mark it not confirmed"
                  : null;
          case "fineIndividual", "fineLegalEntity" -> fineProblem(text);
          case "onTheSpot", "discount" ->
              text.isEmpty() || text.equals("yes") || text.equals("no") ? null : "yes or no";
          case "repeatCode" ->
              text.isEmpty() || CODE.matcher(text).matches() ? null : "A row's code or nothing";
          default -> null;
        };
    return Optional.ofNullable(problem);
  }

  private static String fineProblem(String text) {
    if (text.isEmpty()) {
      return null;
    }
    var matcher = FINE.matcher(text);
    if (!matcher.matches()) {
      return "MCI as 10 or 10-20, or nothing";
    }
    if (matcher.group(2) != null
        && Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
      return "The lower bound is above the upper one";
    }
    return null;
  }

  /** The row's cells in the catalogue file: the corrected values over the current row's. */
  Map<String, String> cellsOver(Article current) {
    Map<String, String> cells = CatalogueFiles.cells(current);
    values()
        .forEach(
            (field, cell) -> {
              if (cell != null) {
                cells.put(COLUMN.get(field), cell.cell());
              }
            });
    if (sources != null) {
      cells.put(
          "sources",
          String.join(
              " ; ",
              sources.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList()));
    }
    return cells;
  }
}
