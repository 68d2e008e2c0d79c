package kz.ecase.signing.web;

import kz.ecase.platform.web.Problems;
import kz.ecase.signing.InvalidPinException;
import kz.ecase.signing.NoSigningKeyException;
import kz.ecase.signing.PinLockedException;
import kz.ecase.signing.SignatureRejectedException;
import kz.ecase.signing.SigningConflictException;
import kz.ecase.signing.TooManyChecksException;
import kz.ecase.signing.WrongPinException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Signing's errors as RFC 9457 problems, for every REST controller (other modules' acts sign
 * through {@link kz.ecase.signing.Signatures} too). Ordered before the catch-all handler.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SigningProblems {

  @ExceptionHandler(TooManyChecksException.class)
  ResponseEntity<ProblemDetail> tooManyChecks(TooManyChecksException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", "1")
        .body(
            Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-checks",
                "Too many document checks",
                e.getMessage()));
  }

  @ExceptionHandler(WrongPinException.class)
  ResponseEntity<ProblemDetail> wrongPin(WrongPinException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.FORBIDDEN,
            "wrong-pin",
            "Wrong signing PIN",
            "The signing PIN is wrong. Attempts left before the key locks: "
                + e.attemptsLeft()
                + ".");
    problem.setProperty("attemptsLeft", e.attemptsLeft());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(PinLockedException.class)
  ResponseEntity<ProblemDetail> locked(PinLockedException e) {
    return ResponseEntity.status(HttpStatus.LOCKED)
        .body(
            Problems.of(
                HttpStatus.LOCKED,
                "signing-key-locked",
                "Signing key locked",
                "Too many wrong signing PINs in a row: the key is locked. An administrator resets"
                    + " it; then set a new PIN."));
  }

  @ExceptionHandler(NoSigningKeyException.class)
  ResponseEntity<ProblemDetail> noKey(NoSigningKeyException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            Problems.of(
                HttpStatus.CONFLICT,
                "no-signing-key",
                "No signing key",
                "Set a signing PIN first (PUT /api/signing/pin): it makes your key and"
                    + " certificate."));
  }

  @ExceptionHandler(InvalidPinException.class)
  ResponseEntity<ProblemDetail> invalidPin(InvalidPinException e) {
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST, "invalid-pin", "Invalid signing PIN", e.getMessage()));
  }

  @ExceptionHandler(SigningConflictException.class)
  ResponseEntity<ProblemDetail> conflict(SigningConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(Problems.of(HttpStatus.CONFLICT, "signing-conflict", "Conflict", e.getMessage()));
  }

  @ExceptionHandler(SignatureRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(SignatureRejectedException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_ENTITY,
            "invalid-signature",
            "Invalid signature",
            "The signature does not verify; see problems.");
    problem.setProperty("problems", e.problems());
    return ResponseEntity.unprocessableEntity().body(problem);
  }
}
