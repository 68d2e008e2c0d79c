package kz.ecase.offences.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.ecase.identity.CurrentUsers;
import kz.ecase.identity.RecordRead;
import kz.ecase.offences.payments.PaymentStore.StoredPayment;
import kz.ecase.offences.payments.ProtocolPayments;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recorded payments: a protocol's, and those that need staff. */
@RestController
@Validated
@Tag(name = "Offences")
@SecurityRequirement(name = "bearer")
class PaymentController {

  /** A recorded payment and what it did. */
  record Payment(
      String providerPaymentId,
      String reference,
      String protocolId,
      BigDecimal amountKzt,
      String method,
      Instant paidAt,
      Instant receivedAt,
      String receivedVia,
      String outcome,
      BigDecimal countedKzt,
      BigDecimal excessKzt,
      String attention,
      Long receipt) {
    static Payment of(StoredPayment p) {
      return new Payment(
          p.providerPaymentId(),
          p.reference(),
          p.protocolId() == null ? null : p.protocolId().toString(),
          p.amountKzt(),
          p.method(),
          p.paidAt(),
          p.receivedAt(),
          p.receivedVia(),
          p.outcome(),
          p.countedKzt(),
          p.excessKzt(),
          p.attention(),
          p.receipt());
    }
  }

  private final ProtocolPayments payments;
  private final CurrentUsers currentUsers;

  PaymentController(ProtocolPayments payments, CurrentUsers currentUsers) {
    this.payments = payments;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/offences/protocols/{id}/payments")
  @Operation(summary = "The protocol's recorded payments, for whoever may see it; audited")
  List<Payment> ofProtocol(
      @PathVariable String id,
      @RequestParam(defaultValue = "payments") @Size(min = 1, max = RecordRead.MAX_PURPOSE)
          String purpose) {
    return payments.of(id, purpose).stream().map(Payment::of).toList();
  }

  @GetMapping("/api/offences/payments/flagged")
  @Operation(
      summary =
          "Payments that need staff: held (appealed, cancelled…), to refund, unknown reference",
      description = "Heads of unit and supervising prosecutors; those of their jurisdiction")
  List<Payment> flagged() {
    return payments.flagged(currentUsers.current()).stream().map(Payment::of).toList();
  }
}
