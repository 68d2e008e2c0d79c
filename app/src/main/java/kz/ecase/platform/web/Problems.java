package kz.ecase.platform.web;

import java.net.URI;
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

  public static ProblemDetail withRequestId(ProblemDetail problem) {
    String requestId = RequestIdFilter.current();
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }
}
