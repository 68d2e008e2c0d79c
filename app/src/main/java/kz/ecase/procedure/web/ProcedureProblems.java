package kz.ecase.procedure.web;

import kz.ecase.platform.web.Problems;
import kz.ecase.procedure.ConcurrentStepException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems of the kernel's steps, the same for every procedure. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ProcedureProblems {

  @ExceptionHandler(ConcurrentStepException.class)
  ResponseEntity<ProblemDetail> concurrent(ConcurrentStepException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            Problems.of(
                HttpStatus.CONFLICT, "concurrent-step", "Changed meanwhile", e.getMessage()));
  }
}
