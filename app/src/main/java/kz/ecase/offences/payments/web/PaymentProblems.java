package kz.ecase.offences.payments.web;

import kz.ecase.offences.payments.CitizenProtocols.PaymentNotPossibleException;
import kz.ecase.offences.payments.PaymentProviderClient.ProviderUnavailableException;
import kz.ecase.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A payment the protocol does not take now: 409; the provider not answering: 503. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

  @ExceptionHandler(PaymentNotPossibleException.class)
  ResponseEntity<ProblemDetail> notPossible(PaymentNotPossibleException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            Problems.of(
                HttpStatus.CONFLICT, "payment-not-possible", "Nothing to pay now", e.getMessage()));
  }

  @ExceptionHandler(ProviderUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(ProviderUnavailableException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "payment-provider-unavailable",
                "The payment provider did not answer",
                "Try again in a few minutes"));
  }
}
