package kz.ecase.simulators;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the simulated payment provider signs its callbacks: HMAC-SHA256 with the shared secret over
 * the timestamp (Unix seconds, as sent in {@value #TIMESTAMP_HEADER}), a dot and the body's bytes;
 * lower-case hex in {@value #SIGNATURE_HEADER}.
 */
public final class CallbackSignature {

  public static final String TIMESTAMP_HEADER = "X-Payment-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Payment-Signature";

  private CallbackSignature() {}

  public static String sign(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
