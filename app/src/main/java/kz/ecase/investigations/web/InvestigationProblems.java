package kz.ecase.investigations.web;

import kz.ecase.investigations.domain.StepNotAllowedException;
import kz.ecase.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of the e-criminal case's steps. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class InvestigationProblems {

  @ExceptionHandler(StepNotAllowedException.class)
  ResponseEntity<ProblemDetail> illegalStep(StepNotAllowedException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT,
            "illegal-step",
            "Not allowed in the record's state",
            e.getMessage());
    problem.setProperty("step", e.step());
    problem.setProperty("recordStatus", e.state());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
