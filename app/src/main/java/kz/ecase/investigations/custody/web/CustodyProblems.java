package kz.ecase.investigations.custody.web;

import java.util.List;
import java.util.Map;
import kz.ecase.investigations.custody.CustodyInputException;
import kz.ecase.investigations.custody.domain.CustodyRuleException;
import kz.ecase.investigations.custody.domain.IllegalCustodyStepException;
import kz.ecase.platform.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the custody API: every invalid field at once (the shape of the platform's validation
 * problem, messages in the request's language); a step the clock's state or a rule refuses: 409.
 */
@RestControllerAdvice(assignableTypes = CustodyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustodyProblems {

  private final MessageSource messages;

  CustodyProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(CustodyInputException.class)
  ResponseEntity<ProblemDetail> invalid(CustodyInputException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Invalid input",
            "Some fields are missing or invalid; see errors.");
    List<Map<String, String>> errors =
        e.problems().stream()
            .map(
                p ->
                    Map.of(
                        "field",
                        p.field(),
                        "message",
                        messages.getMessage(
                            p.messageKey(), null, p.message(), LocaleContextHolder.getLocale())))
            .toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(IllegalCustodyStepException.class)
  ResponseEntity<ProblemDetail> illegal(IllegalCustodyStepException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Step not allowed", e.getMessage());
    problem.setProperty("recordStatus", e.current().name());
    problem.setProperty("step", e.attempted().name());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @ExceptionHandler(CustodyRuleException.class)
  ResponseEntity<ProblemDetail> refused(CustodyRuleException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT,
            "procedure-rule",
            "Refused by a rule of procedure",
            e.getMessage());
    problem.setProperty("step", e.attempted().name());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
    }
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
