package kz.ecase.offences.web;

import kz.ecase.offences.domain.IllegalTransitionException;
import kz.ecase.offences.domain.ProcedureRuleException;
import kz.ecase.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A protocol's step refused by its state, a rule of procedure or a concurrent step: 409. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OffenceProblems {

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> illegal(IllegalTransitionException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Step not allowed", e.getMessage());
    problem.setProperty("protocolStatus", e.current().name());
    problem.setProperty("transition", e.attempted().name());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @ExceptionHandler(ProcedureRuleException.class)
  ResponseEntity<ProblemDetail> refused(ProcedureRuleException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT,
            "procedure-rule",
            "Refused by a rule of procedure",
            e.getMessage());
    problem.setProperty("transition", e.attempted().name());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
