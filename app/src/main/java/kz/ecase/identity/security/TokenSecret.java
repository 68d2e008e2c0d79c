package kz.ecase.identity.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import kz.ecase.platform.SecretFiles;
import kz.ecase.platform.StartupRefusedException;

/**
 * The HMAC key of ecase's tokens: configured, or (outside production) generated once and kept in
 * the data directory so that tokens survive a restart.
 */
final class TokenSecret {

  static final int MINIMUM_BYTES = 32;

  private TokenSecret() {}

  static SecretKey resolve(String configured, Path dataDirectory, boolean production) {
    byte[] key;
    if (!configured.isBlank()) {
      key = configured.getBytes(StandardCharsets.UTF_8);
    } else if (production) {
      throw new StartupRefusedException(
          "The prod profile needs ECASE_TOKEN_SECRET (at least 32 random bytes).");
    } else {
      key = generatedIn(dataDirectory.resolve("token-secret"));
    }
    if (key.length < MINIMUM_BYTES) {
      throw new StartupRefusedException("ECASE_TOKEN_SECRET must be at least 32 bytes long.");
    }
    return new SecretKeySpec(key, "HmacSHA256");
  }

  private static byte[] generatedIn(Path file) {
    if (Files.exists(file)) {
      return Base64.getDecoder().decode(SecretFiles.readString(file).trim());
    }
    byte[] key = new byte[MINIMUM_BYTES];
    new SecureRandom().nextBytes(key);
    SecretFiles.write(file, Base64.getEncoder().encodeToString(key));
    return key;
  }
}
