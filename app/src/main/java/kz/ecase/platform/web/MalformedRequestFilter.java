package kz.ecase.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.ecase.platform.TextPolicy;
import kz.ecase.platform.web.Problems.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns away requests that no handler could read, before any of them tries: a {@code Content-Type}
 * that is not one concrete media type (415), parameters that are not valid percent-encoded text
 * (400), and — the one edge where {@link TextPolicy} is enforced for every endpoint — a path,
 * parameter or JSON body whose text ecase may not store (400 naming the field). A JSON body must be
 * strict UTF-8 (RFC 8259); one declared in another charset is refused (415). Without this filter
 * such requests surface deep inside the framework, the database or the PDF renderer as internal
 * errors, or are stored changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

  /** The largest JSON body read: larger ones are refused (413) before they are buffered. */
  static final int MAX_JSON_BODY = 20 * 1024 * 1024;

  private final ProblemWriter problems;
  private final JsonText jsonText;

  MalformedRequestFilter(ProblemWriter problems, JsonMapper json) {
    this.problems = problems;
    this.jsonText = new JsonText(json);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && !isConcrete(contentType)) {
      problems.write(
          response,
          Problems.of(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "unsupported-media-type",
              "Unsupported media type",
              "The Content-Type header is not one concrete media type."));
      return;
    }
    try {
      request.getParameterMap();
    } catch (IllegalStateException e) { // Tomcat's InvalidParameterException and its kin
      problems.write(
          response,
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "malformed-parameters",
              "Malformed parameters",
              "The request's parameters are not valid percent-encoded text."));
      return;
    }
    Optional<FieldProblem> refused = refusedPathOrParameter(request);
    if (refused.isPresent()) {
      problems.write(response, Problems.invalid(List.of(refused.get())));
      return;
    }
    if (contentType != null && isJson(contentType)) {
      if (!isUtf8(contentType)) {
        problems.write(
            response,
            Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "JSON is read in UTF-8 only (RFC 8259); leave out the charset or say utf-8."));
        return;
      }
      byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
      if (body.length > MAX_JSON_BODY) {
        problems.write(
            response,
            Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "Body too large",
                "A JSON body may hold at most " + MAX_JSON_BODY + " bytes."));
        return;
      }
      Optional<FieldProblem> badText = jsonText.check(body);
      if (badText.isPresent()) {
        problems.write(response, Problems.invalid(List.of(badText.get())));
        return;
      }
      request = new BufferedBodyRequest(request, body);
    }
    try {
      chain.doFilter(request, response);
    } catch (HttpMessageNotReadableException e) { // e.g. an undecodable form body of a PUT
      if (response.isCommitted()) {
        throw e;
      }
      problems.write(
          response,
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "unreadable-body",
              "Unreadable body",
              "The request body could not be read as its Content-Type says."));
    }
  }

  /** The path (decoded), a parameter's name or one of its values that text may not hold. */
  private static Optional<FieldProblem> refusedPathOrParameter(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    Optional<String> inPath = TextPolicy.refusal(path);
    if (inPath.isPresent()) {
      return Optional.of(new FieldProblem("path", inPath.get()));
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      Optional<String> inName = TextPolicy.refusal(parameter.getKey());
      if (inName.isPresent()) {
        return Optional.of(new FieldProblem("parameter name", inName.get()));
      }
      for (String value : parameter.getValue()) {
        Optional<String> inValue = TextPolicy.refusal(value);
        if (inValue.isPresent()) {
          return Optional.of(new FieldProblem(parameter.getKey(), inValue.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isJson(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type)
          || type.getSubtype().endsWith("+json");
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static boolean isUtf8(String contentType) {
    String charset = MediaType.parseMediaType(contentType).getParameter("charset");
    return charset == null || charset.replace("\"", "").strip().equalsIgnoreCase("utf-8");
  }

  private static boolean isConcrete(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
