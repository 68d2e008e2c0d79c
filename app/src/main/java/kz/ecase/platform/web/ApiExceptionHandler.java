package kz.ecase.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.ecase.platform.InvalidInputException;
import kz.ecase.platform.NotFoundException;
import kz.ecase.platform.web.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every exception of a REST controller into an RFC 9457 problem. Validation problems list
 * each rejected field with its (translated) message under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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
    if (ex.getMostSpecificCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      // a value of the wrong type (an array where a string belongs, 10.5 for a whole number)
      return validationProblem(
          List.of(new FieldProblem(JsonText.path(mismatch), wrongType(mismatch))));
    }
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "malformed-request",
            "Malformed request",
            "The request body is missing or is not valid JSON of the expected shape.");
    return ResponseEntity.badRequest().body(problem);
  }

  private static String wrongType(MismatchedInputException mismatch) {
    Class<?> type = mismatch.getTargetType();
    if (type == null) {
      return "Has the wrong type";
    }
    String expected =
        switch (type.getSimpleName()) {
          case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
          case "BigDecimal", "double", "Double" -> "a number";
          case "boolean", "Boolean" -> "true or false";
          case "String" -> "a string";
          default ->
              type.isArray() || java.util.Collection.class.isAssignableFrom(type)
                  ? "an array"
                  : type.isEnum() ? "one of its values" : "a " + type.getSimpleName();
        };
    return "Must be " + expected;
  }

  /**
   * A limit or a parameter refused by method validation of a {@code @Validated} controller ({@code
   * limit=-5}, a 600-character purpose): 400 naming the parameter, never 500.
   */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
    List<FieldProblem> errors =
        ex.getConstraintViolations().stream()
            .map(violation -> new FieldProblem(leaf(violation), violation.getMessage()))
            .sorted(java.util.Comparator.comparing(FieldProblem::field))
            .toList();
    return validationProblem(errors);
  }

  /** The parameter's (or the property's) name: the last node of the violation's path. */
  private static String leaf(ConstraintViolation<?> violation) {
    String name = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
        name = node.getName();
      }
    }
    return name == null ? "request" : name;
  }

  /**
   * Every error the framework answers itself (a path variable of the wrong type, a missing
   * parameter, 405, 406, 415, …) leaves here with ecase's {@code type}, the request id and, where
   * one parameter is at fault, its name under {@code errors}.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        body instanceof ProblemDetail given
            ? given
            : ProblemDetail.forStatusAndDetail(status, HttpStatus.valueOf(status.value()).name());
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(java.net.URI.create(Problems.TYPE_BASE + slug(ex, status)));
    }
    if (problem.getTitle() == null) {
      problem.setTitle(HttpStatus.valueOf(status.value()).getReasonPhrase());
    }
    FieldProblem field = fieldOf(ex);
    if (field != null) {
      problem.setProperty("errors", List.of(field));
    }
    Problems.withRequestId(problem);
    return super.handleExceptionInternal(ex, problem, headers, status, request);
  }

  private static String slug(Exception ex, HttpStatusCode status) {
    if (ex instanceof TypeMismatchException
        || ex instanceof ServletRequestBindingException
        || ex instanceof MissingServletRequestPartException) {
      return "validation";
    }
    return HttpStatus.valueOf(status.value())
        .getReasonPhrase()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }

  private static FieldProblem fieldOf(Exception ex) {
    if (ex instanceof MethodArgumentTypeMismatchException e) {
      return new FieldProblem(
          e.getName(),
          e.getRequiredType() == null
              ? "Has the wrong type"
              : "Must be a valid " + e.getRequiredType().getSimpleName());
    }
    if (ex instanceof TypeMismatchException e) {
      return new FieldProblem(
          Objects.toString(e.getPropertyName(), "request"), "Has the wrong type");
    }
    if (ex instanceof MissingServletRequestParameterException e) {
      return new FieldProblem(e.getParameterName(), "Is required");
    }
    if (ex instanceof MissingServletRequestPartException e) {
      return new FieldProblem(e.getRequestPartName(), "Is required");
    }
    if (ex instanceof MissingPathVariableException e) {
      return new FieldProblem(e.getVariableName(), "Is required");
    }
    return null;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException ex) {
    return validationProblem(
        ex.problems().entrySet().stream()
            .map(problem -> new FieldProblem(problem.getKey(), problem.getValue()))
            .toList());
  }

  /**
   * One body for every missing record, whether it does not exist or the user may not know of it:
   * the exception's message (which may say which) goes to the debug log only.
   */
  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    log.debug("Not found: {}", ex.getMessage());
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound());
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
    return ResponseEntity.badRequest().body(Problems.invalid(errors));
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
