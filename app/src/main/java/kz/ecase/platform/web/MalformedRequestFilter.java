package kz.ecase.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away requests that no handler could read, before any of them tries: a {@code Content-Type}
 * that is not one concrete media type (415), and parameters that are not valid percent-encoded text
 * (400). Without it they surface deep inside the framework as internal errors.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

  private final ProblemWriter problems;

  MalformedRequestFilter(ProblemWriter problems) {
    this.problems = problems;
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

  private static boolean isConcrete(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
