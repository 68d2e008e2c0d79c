package kz.ecase.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 that names stored documents (and signatures), as 64 lower-case hex digits. */
public final class DocumentHash {

  private DocumentHash() {}

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  public static boolean isValid(String sha256) {
    return sha256 != null && sha256.matches("[0-9a-f]{64}");
  }
}
