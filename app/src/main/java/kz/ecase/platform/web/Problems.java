package kz.ecase.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with ecase's stable {@code type} URIs: {@code
 * https://ecase.kz/problems/<slug>}. Every problem carries the request id so that a user's report
 * can be found in the logs.
 */
public final class Problems {

  public static final String TYPE_BASE = "https://ecase.kz/problems/";

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + slug));
    problem.setTitle(title);
    return withRequestId(problem);
  }

  /**
   * The one answer to a record that does not exist or that the user may not know exists: the same
   * type, title and detail either way, so that a 404 does not tell which.
   */
  public static ProblemDetail notFound() {
    return of(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Not found",
        "No such record, or none that you may see.");
  }

  /** One rejected input: the field's name (a JSON path such as {@code items[0].name}) and why. */
  public record FieldProblem(String field, String message) {}

  /** A 400 that lists each rejected field under {@code errors}. */
  public static ProblemDetail invalid(List<FieldProblem> errors) {
    ProblemDetail problem =
        of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Invalid input",
            "Some fields are missing or invalid; see errors.");
    problem.setProperty("errors", List.copyOf(errors));
    return problem;
  }

  /** A 400 naming one rejected field. */
  public static ProblemDetail invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  public static ProblemDetail withRequestId(ProblemDetail problem) {
    String requestId = RequestIdFilter.current();
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }
}
