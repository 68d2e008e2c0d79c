package kz.ecase.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors that never reached a controller (unknown path, wrong method, filter errors): browsers get
 * the error page, every other client an RFC 9457 problem. Never a stack trace.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

  ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
    super(errorAttributes, new ErrorProperties(), resolvers);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", Problems.TYPE_BASE + slug(status));
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail(status));
    Object path = request.getAttribute("jakarta.servlet.error.request_uri");
    if (path != null) {
      problem.put("instance", path.toString());
    }
    Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
    if (requestId != null) {
      problem.put("requestId", requestId);
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** A request for {@code /error} itself, with no error behind it, is for nothing that exists. */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND;
    }
    return super.getStatus(request);
  }

  private static String slug(HttpStatus status) {
    return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not accept this HTTP method.";
      case UNAUTHORIZED -> "Sign in or send a bearer token.";
      case FORBIDDEN -> "Your role does not allow this.";
      default ->
          status.is5xxServerError()
              ? "The server could not complete the request; quote the request id to support."
              : status.getReasonPhrase();
    };
  }
}
