package kz.ecase.simulators;

/**
 * How the simulated payment provider behaves, changed at run time ({@code PUT
 * /admin/payment-provider}).
 *
 * @param latency how long its API takes to answer
 * @param errorRate share of API requests answered 503 (creating a payment, statements)
 * @param dropCallbackRate share of completed payments whose callback is never sent (lost)
 * @param duplicateCallbacks how many times each callback is sent again after it was delivered
 * @param callbackDelayMs how long after the payment its callback is sent
 * @param secret the HMAC-SHA256 key shared with the merchant (ecase)
 */
public record PaymentProviderSettings(
    Latency latency,
    double errorRate,
    double dropCallbackRate,
    int duplicateCallbacks,
    long callbackDelayMs,
    String secret) {

  /**
   * The secret the simulator signs callbacks with unless told otherwise; ecase on its embedded
   * default uses it too. Never a production secret.
   */
  public static final String DEFAULT_SECRET = "simulated-payment-provider-secret";

  public static final PaymentProviderSettings DEFAULT =
      new PaymentProviderSettings(Latency.uniform(10, 40), 0.0, 0.0, 0, 0, DEFAULT_SECRET);

  public PaymentProviderSettings {
    if (latency == null) {
      throw new IllegalArgumentException("latency is required");
    }
    requireShare("errorRate", errorRate);
    requireShare("dropCallbackRate", dropCallbackRate);
    if (duplicateCallbacks < 0 || duplicateCallbacks > 10) {
      throw new IllegalArgumentException("duplicateCallbacks must be from 0 to 10");
    }
    if (callbackDelayMs < 0 || callbackDelayMs > Latency.MAX_MILLIS) {
      throw new IllegalArgumentException("callbackDelayMs must be from 0 to " + Latency.MAX_MILLIS);
    }
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("secret must have at least 16 characters");
    }
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be from 0.0 to 1.0");
    }
  }

  public PaymentProviderSettings withLatency(Latency value) {
    return new PaymentProviderSettings(
        value, errorRate, dropCallbackRate, duplicateCallbacks, callbackDelayMs, secret);
  }

  public PaymentProviderSettings withErrorRate(double value) {
    return new PaymentProviderSettings(
        latency, value, dropCallbackRate, duplicateCallbacks, callbackDelayMs, secret);
  }

  public PaymentProviderSettings withDropCallbackRate(double value) {
    return new PaymentProviderSettings(
        latency, errorRate, value, duplicateCallbacks, callbackDelayMs, secret);
  }

  public PaymentProviderSettings withDuplicateCallbacks(int value) {
    return new PaymentProviderSettings(
        latency, errorRate, dropCallbackRate, value, callbackDelayMs, secret);
  }

  public PaymentProviderSettings withCallbackDelayMs(long value) {
    return new PaymentProviderSettings(
        latency, errorRate, dropCallbackRate, duplicateCallbacks, value, secret);
  }

  public PaymentProviderSettings withSecret(String value) {
    return new PaymentProviderSettings(
        latency, errorRate, dropCallbackRate, duplicateCallbacks, callbackDelayMs, value);
  }
}
