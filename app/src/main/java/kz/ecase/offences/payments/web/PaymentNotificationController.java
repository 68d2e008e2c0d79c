package kz.ecase.offences.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.ecase.offences.payments.PaymentNotifications;
import kz.ecase.offences.payments.PaymentNotifications.RejectedNotificationException;
import kz.ecase.offences.payments.PaymentRecorder.Recorded;
import kz.ecase.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The payment provider's callback: no user signs in, the HMAC signature authenticates it. */
@RestController
@Tag(name = "Offences")
class PaymentNotificationController {

  /** What ecase recorded. */
  record Acknowledged(String paymentId, String outcome, boolean repeated) {}

  private final PaymentNotifications notifications;

  PaymentNotificationController(PaymentNotifications notifications) {
    this.notifications = notifications;
  }

  @PostMapping("/api/offences/payments/notifications")
  @Operation(
      summary = "The payment provider reports a completed payment (signed callback)",
      description =
          "Headers X-Payment-Timestamp (Unix seconds, within ECASE_PAYMENTS_SIGNATURE_WINDOW of"
              + " ecase's clock) and X-Payment-Signature (hex HMAC-SHA256 of timestamp + '.' +"
              + " body with the shared secret). Body: paymentId, reference, amountKzt, method,"
              + " paidAt, status PAID. 200 once recorded; the same payment again: 200, nothing new"
              + " (repeated true). 401 for a missing, wrong or stale signature, nothing stored.")
  Acknowledged notify(
      @RequestHeader(name = "X-Payment-Timestamp", required = false) String timestamp,
      @RequestHeader(name = "X-Payment-Signature", required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    Recorded recorded =
        notifications.receive(timestamp, signature, body == null ? new byte[0] : body);
    return new Acknowledged(
        recorded.payment().providerPaymentId(), recorded.payment().outcome(), recorded.repeated());
  }

  @ExceptionHandler(RejectedNotificationException.class)
  ResponseEntity<ProblemDetail> rejected(RejectedNotificationException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .body(
            Problems.of(
                HttpStatus.UNAUTHORIZED, e.reason(), "Notification refused", e.getMessage()));
  }
}
