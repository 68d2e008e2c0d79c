package kz.ecase.platform.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception of a REST controller into an RFC 9457 problem. Validation problems list
 * each rejected field with its (translated) message under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** One rejected input: the field's name and what is wrong with it. */
  record FieldProblem(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getBindingResult().getAllErrors().stream()
            .map(
                error ->
                    new FieldProblem(
                        error instanceof FieldError field
                            ? field.getField()
                            : error.getObjectName(),
                        error.getDefaultMessage()))
            .toList();
    return validationProblem(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    message(error))))
            .toList();
    return validationProblem(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "malformed-request",
            "Malformed request",
            "The request body is missing or is not valid JSON of the expected shape.");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      Problems.withRequestId(problem);
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException ex) {
    return validationProblem(List.of(new FieldProblem(ex.field(), ex.getMessage())));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(
            Problems.of(
                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this."));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(
            Problems.of(
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Unauthenticated",
                "Sign in or send a valid bearer token."));
  }

  /**
   * Text the database cannot store (a NUL character, or bytes that are not UTF-8) is bad input,
   * found when the first statement meets it; the transaction has rolled back.
   */
  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<ProblemDetail> database(DataAccessException ex) {
    if (ex.getMostSpecificCause() instanceof SQLException sql
        && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
      return ResponseEntity.badRequest()
          .body(
              Problems.of(
                  HttpStatus.BAD_REQUEST,
                  "unstorable-text",
                  "Invalid text",
                  "The request holds a character that no text may contain (such as NUL)."));
    }
    return unexpected(ex);
  }

  /** PostgreSQL: character_not_in_repertoire, untranslatable_character. */
  private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    log.error("Unexpected error", ex);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The server could not complete the request; quote the request id to support."));
  }

  private ResponseEntity<Object> validationProblem(List<FieldProblem> errors) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Invalid input",
            "Some fields are missing or invalid; see errors.");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  private String message(MessageSourceResolvable error) {
    String message = error.getDefaultMessage();
    if (message == null && getMessageSource() != null) {
      message =
          getMessageSource()
              .getMessage(
                  new DefaultMessageSourceResolvable(error.getCodes(), "invalid"),
                  org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
    return message == null ? "invalid" : message;
  }
}
