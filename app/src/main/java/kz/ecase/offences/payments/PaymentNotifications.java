package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import kz.ecase.offences.payments.PaymentRecorder.Recorded;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's callbacks: authenticated by their signature (no user signs in), each field
 * checked, then recorded once ({@link PaymentRecorder}); a repeated callback answers what the first
 * recorded.
 */
@Service
public class PaymentNotifications {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

  /**
   * How long before its callback a payment may have been made: the provider notifies within minutes
   * and retries for days; older payments come in through the daily reconciliation.
   */
  static final Duration MAX_NOTIFICATION_DELAY = Duration.ofDays(30);

  /** The callback's signature is missing, wrong or too old: nothing was recorded. */
  public static class RejectedNotificationException extends RuntimeException {
    private final String reason;

    RejectedNotificationException(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    /** {@code missing-signature}, {@code bad-signature} or {@code stale-signature}. */
    public String reason() {
      return reason;
    }
  }

  private final NotificationSignature signature;
  private final PaymentRecorder recorder;
  private final JsonMapper json;
  private final Clock clock;
  private final Duration window;

  PaymentNotifications(
      NotificationSignature signature,
      PaymentRecorder recorder,
      JsonMapper json,
      Clock clock,
      PaymentsProperties properties) {
    this.signature = signature;
    this.recorder = recorder;
    this.json = json;
    this.clock = clock;
    this.window = properties.signatureWindow();
  }

  public Recorded receive(String timestamp, String signed, byte[] body) {
    switch (signature.check(timestamp, signed, body)) {
      case VALID -> {}
      case MISSING ->
          throw new RejectedNotificationException(
              "missing-signature",
              "Headers "
                  + NotificationSignature.TIMESTAMP_HEADER
                  + " and "
                  + NotificationSignature.SIGNATURE_HEADER
                  + " are required");
      case STALE ->
          throw new RejectedNotificationException(
              "stale-signature", "The timestamp lies outside the accepted window");
      case WRONG ->
          throw new RejectedNotificationException("bad-signature", "The signature does not match");
    }
    return recorder.record(parse(body), "NOTIFICATION");
  }

  private ProviderPayment parse(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidInputException("body", "Not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("body", "A JSON object is required");
    }
    String status = root.path("status").asString("");
    if (!status.equals("PAID")) {
      throw new InvalidInputException("status", "Only completed payments (PAID) are notified");
    }
    return new ProviderPayment(
        text(root, "paymentId", "[A-Za-z0-9._:-]{1,100}"),
        text(root, "reference", "[0-9A-Za-z-]{1,40}"),
        amount(root.path("amountKzt").asString("")),
        text(root, "method", "[A-Z_]{1,20}"),
        paidAt(root.path("paidAt").asString("")));
  }

  private static String text(JsonNode root, String field, String pattern) {
    String value = root.path(field).asString("");
    if (!value.matches(pattern)) {
      throw new InvalidInputException(field, "Must match " + pattern);
    }
    return value;
  }

  private static BigDecimal amount(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() > 0 && value.scale() <= 2 && value.compareTo(MAX_AMOUNT) < 0) {
        return value.setScale(2);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidInputException("amountKzt", "A positive amount in tenge, e.g. \"21625.00\"");
  }

  /**
   * When the payment was made: an ISO instant no later than now (give or take the signature's
   * window) and no earlier than {@link #MAX_NOTIFICATION_DELAY} before it.
   */
  private Instant paidAt(String text) {
    Instant paidAt;
    try {
      paidAt = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("paidAt", "An ISO instant, e.g. 2026-11-23T10:15:00Z");
    }
    Instant now = clock.instant();
    if (paidAt.isAfter(now.plus(window))) {
      throw new InvalidInputException("paidAt", "Lies in the future");
    }
    if (paidAt.isBefore(now.minus(MAX_NOTIFICATION_DELAY))) {
      throw new InvalidInputException(
          "paidAt",
          "Lies more than "
              + MAX_NOTIFICATION_DELAY.toDays()
              + " days back; such payments come in through the daily reconciliation");
    }
    return paidAt;
  }
}
