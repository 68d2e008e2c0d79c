package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The payment provider's API as ecase uses it. */
public interface PaymentProviderClient {

  /** A payment created at the provider, waiting for the person on its pay page. */
  record Checkout(String paymentId, String payUrl) {}

  Checkout create(
      String reference,
      BigDecimal amountKzt,
      String description,
      String returnUrl,
      String callbackUrl);

  /**
   * The payments completed on the day (Kazakhstan time), as the provider's statement lists them.
   */
  List<ProviderPayment> statement(LocalDate day);

  /** The provider did not answer as it should; nothing was done. */
  class ProviderUnavailableException extends RuntimeException {
    public ProviderUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
