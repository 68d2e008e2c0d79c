package kz.ecase.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authorisation matrix read from {@code security/authorization-matrix.txt}: for each endpoint,
 * sample requests and the status every caller must get. See the file's header for its form.
 */
final class AuthorizationMatrix {

  /** The callers, in the order of the status columns. */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "officer",
          "investigator",
          "head",
          "duty-prosecutor",
          "supervisor",
          "analyst",
          "admin",
          "citizen");

  /** One sample request to an endpoint, with the expected status per caller. */
  record Row(
      int line, String method, String pattern, String path, String body, List<Integer> statuses) {

    String endpoint() {
      return method + " " + pattern;
    }

    int expectedFor(String caller) {
      return statuses.get(CALLERS.indexOf(caller));
    }
  }

  private final List<Row> rows;

  private AuthorizationMatrix(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static AuthorizationMatrix load() {
    try (InputStream in =
        AuthorizationMatrix.class.getResourceAsStream("/security/authorization-matrix.txt")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AuthorizationMatrix parse(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      rows.add(row(i + 1, line));
    }
    return new AuthorizationMatrix(rows);
  }

  private static Row row(int number, String line) {
    int bar = line.lastIndexOf('|');
    if (bar < 0) {
      throw new IllegalArgumentException("line " + number + ": no '|' before the statuses");
    }
    String[] request = line.substring(0, bar).strip().split("\\s+", 4);
    String[] statuses = line.substring(bar + 1).strip().split("\\s+");
    if (request.length < 3 || statuses.length != CALLERS.size()) {
      throw new IllegalArgumentException(
          "line " + number + ": want METHOD pattern path [body] | " + CALLERS.size() + " statuses");
    }
    List<Integer> expected = new ArrayList<>();
    for (String status : statuses) {
      expected.add(Integer.parseInt(status));
    }
    String body = request.length == 4 ? request[3] : null;
    return new Row(number, request[0], request[1], request[2], body, expected);
  }

  List<Row> rows() {
    return rows;
  }

  /** Endpoints of the application that no row covers: each must get a rule before it ships. */
  Set<String> uncovered(Set<String> endpoints) {
    Set<String> missing = new TreeSet<>(endpoints);
    rows.forEach(row -> missing.remove(row.endpoint()));
    return missing;
  }

  /** Rows for endpoints the application does not have (renamed or removed). */
  Set<String> stale(Set<String> endpoints) {
    Set<String> stale = new LinkedHashSet<>();
    rows.stream().map(Row::endpoint).filter(e -> !endpoints.contains(e)).forEach(stale::add);
    return stale;
  }
}
