package kz.ecase.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error report, for requests Tomcat refuses before ecase sees them (an encoded slash
 * or NUL in the path, an over-long request line, an unparseable header): an RFC 9457 problem with a
 * request id, like every other error, instead of Tomcat's HTML page. Installed as the host's error
 * report valve ({@link TomcatProblemReports}).
 */
public class ProblemReportValve extends ErrorReportValve {

  private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    String requestId =
        request.getAttribute(RequestIdFilter.MDC_KEY) instanceof String known
            ? known
            : UUID.randomUUID().toString();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            status.is5xxServerError()
                ? "The server could not complete the request; quote the request id to support."
                : "The server refused the request before reading it: its address or headers are"
                    + " malformed (such as an encoded slash or NUL in the path) or too long.");
    problem.setType(
        URI.create(
            Problems.TYPE_BASE
                + status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-")));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("requestId", requestId);
    log.info("Refused before ecase: {} [{}]", code, requestId);
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.setHeader(RequestIdFilter.HEADER, requestId);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(ProblemWriter.asMap(problem)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client has gone, or the response cannot take a body: nothing more to say
    }
  }
}
