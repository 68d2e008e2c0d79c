package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.ecase.procedure.Sourced;

/**
 * An administrator's correction of the catalogue: some rows of the latest version changed, with the
 * reason (or source) and the day it takes effect. It makes a new version: the latest one with those
 * rows replaced, numbered next, read by the same rules as the shipped files. The latest version is
 * the one with the highest number (a later correction builds on it, even before it takes effect),
 * so that no correction is lost.
 *
 * @param basedOn the version the administrator corrected, if given: refused when a newer version
 *     was made meanwhile
 * @param reason why, and on what source, the values are corrected
 * @param effectiveFrom the first day the new version applies to (ISO date): today or later, and not
 *     before the latest version's start
 * @param rows the corrected rows, each code once
 */
public record CatalogueCorrection(
    Integer basedOn, String reason, String effectiveFrom, List<CorrectedRow> rows) {

  private static final int LONGEST_REASON = 2000;
  private static final int MOST_ROWS = 100;

  /** What is wrong with the correction, by field, all at once; empty when it can be applied. */
  public Map<String, String> problems(CatalogueVersion latest, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (basedOn != null && basedOn != latest.version()) {
      problems.put(
          "basedOn",
          "Version " + latest.version() + " was made meanwhile: correct that one instead");
    }
    if (reason == null || reason.isBlank()) {
      problems.put("reason", "Say why the values change and on what source");
    } else if (reason.length() > LONGEST_REASON) {
      problems.put("reason", "Up to 2000 characters");
    }
    dateProblem(latest, today).ifPresent(p -> problems.put("effectiveFrom", p));
    if (rows == null || rows.isEmpty() || rows.size() > MOST_ROWS) {
      problems.put("rows", "Between 1 and 100 rows");
      return problems;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      CorrectedRow row = rows.get(i);
      String prefix = "rows[" + i + "].";
      if (row.code() == null || latest.article(row.code()).isEmpty()) {
        problems.put(prefix + "code", "No row with this code in version " + latest.version());
      } else if (!seen.add(row.code())) {
        problems.put(prefix + "code", "This row is corrected twice");
      }
      problems.putAll(row.problems(prefix));
    }
    if (problems.isEmpty()) {
      repeatCodeProblems(latest).forEach(problems::put);
    }
    return problems;
  }

  private Optional<String> dateProblem(CatalogueVersion latest, LocalDate today) {
    LocalDate from;
    try {
      from = effectiveFrom == null ? null : LocalDate.parse(effectiveFrom.strip());
    } catch (DateTimeParseException e) {
      from = null;
    }
    if (from == null) {
      return Optional.of("A date such as 2027-01-01");
    }
    if (from.isBefore(today)) {
      return Optional.of("Today or later: a correction does not change the past");
    }
    if (from.isBefore(latest.startsOn())) {
      return Optional.of(
          "Not before " + latest.startsOn() + ", when version " + latest.version() + " starts");
    }
    return Optional.empty();
  }

  /** A repeat code must name a row of the new version (checked once every value reads). */
  private Map<String, String> repeatCodeProblems(CatalogueVersion latest) {
    Map<String, String> problems = new LinkedHashMap<>();
    Set<String> codes = latest.articles().stream().map(Article::code).collect(Collectors.toSet());
    for (int i = 0; i < rows.size(); i++) {
      CorrectedRow row = rows.get(i);
      if (row.repeatCode() != null
          && !row.repeatCode().isEmpty()
          && !codes.contains(row.repeatCode().value())) {
        problems.put("rows[" + i + "].repeatCode", "No row with this code");
      }
    }
    return problems;
  }

  /**
   * The new version: {@code latest} with the rows replaced, numbered next. Call only when {@link
   * #problems} found none.
   */
  public CatalogueVersion applyTo(CatalogueVersion latest) {
    Map<String, CorrectedRow> byCode =
        rows.stream().collect(Collectors.toMap(CorrectedRow::code, Function.identity()));
    List<Article> articles = new ArrayList<>();
    for (Article article : latest.articles()) {
      CorrectedRow row = byCode.get(article.code());
      articles.add(row == null ? article : CatalogueFiles.article(row.cellsOver(article)));
    }
    return new CatalogueVersion(
        latest.version() + 1, Sourced.confirmed(LocalDate.parse(effectiveFrom.strip())), articles);
  }

  /** The codes of the corrected rows. */
  public List<String> codes() {
    return rows.stream().map(CorrectedRow::code).toList();
  }
}
