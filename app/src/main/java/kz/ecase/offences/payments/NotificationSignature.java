package kz.ecase.offences.payments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The check of a payment provider's callback: HMAC-SHA256 with the shared secret over the timestamp
 * (Unix seconds), a dot and the body's bytes, lower-case hex; the timestamp must lie within the
 * window around ecase's clock, so a recorded callback cannot be replayed later.
 */
final class NotificationSignature {

  static final String TIMESTAMP_HEADER = "X-Payment-Timestamp";
  static final String SIGNATURE_HEADER = "X-Payment-Signature";

  /** The verdict on one callback. */
  enum Verdict {
    VALID,
    MISSING,
    STALE,
    WRONG
  }

  private final byte[] secret;
  private final Duration window;
  private final Clock clock;

  NotificationSignature(String secret, Duration window, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.window = window;
    this.clock = clock;
  }

  Verdict check(String timestamp, String signature, byte[] body) {
    if (secret.length == 0) {
      return Verdict.WRONG;
    }
    if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
      return Verdict.MISSING;
    }
    byte[] expected =
        HexFormat.of().formatHex(mac(timestamp, body)).getBytes(StandardCharsets.UTF_8);
    byte[] given = signature.strip().toLowerCase().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, given)) {
      return Verdict.WRONG;
    }
    Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
    Duration off = Duration.between(at, clock.instant()).abs();
    return off.compareTo(window) > 0 ? Verdict.STALE : Verdict.VALID;
  }

  /** The signature of a body sent at {@code timestamp}, as the provider computes it. */
  String sign(String timestamp, byte[] body) {
    return HexFormat.of().formatHex(mac(timestamp, body));
  }

  private byte[] mac(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
