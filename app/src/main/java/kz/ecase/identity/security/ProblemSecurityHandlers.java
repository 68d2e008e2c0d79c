package kz.ecase.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.ecase.platform.web.ProblemWriter;
import kz.ecase.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the API as RFC 9457 problems. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemWriter writer;

  ProblemSecurityHandlers(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
      throws IOException {
    if (ex instanceof LockedException) {
      writer.write(
          response,
          Problems.of(
              HttpStatus.TOO_MANY_REQUESTS,
              "account-locked",
              "Account locked",
              "Too many wrong passwords in a row: sign-in is locked for a while."));
      return;
    }
    boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    if (ex instanceof DisabledException) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      writer.write(
          response,
          Problems.of(
              HttpStatus.UNAUTHORIZED,
              "account-disabled",
              "Account disabled",
              "The account of this token is disabled."));
      return;
    }
    response.setHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"ecase\"");
    writer.write(
        response,
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            "unauthenticated",
            "Unauthenticated",
            tokenSent
                ? "The bearer token is invalid or has expired."
                : "This API needs a bearer token: POST /api/auth/token."));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
      throws IOException {
    writer.write(
        response,
        Problems.of(
            HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this."));
  }
}
