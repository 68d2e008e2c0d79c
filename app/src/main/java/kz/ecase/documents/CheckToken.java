package kz.ecase.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The public verification id that a document's QR code carries: 128 bits of the SHA-256 of the
 * document's page as rendered before the QR code is drawn, and its issue time, in base64url (22
 * characters). The PDF cannot name its own SHA-256, so the QR code names this instead, and the
 * check resolves it to the stored document. It is derived, not drawn at random: the same input
 * gives the same token and so the same bytes; and it cannot be guessed without the document's whole
 * content (names, IINs, times), so nobody can list the documents by trying tokens.
 */
public record CheckToken(String value) {

  private static final String DOMAIN = "ecase document check\n";

  public CheckToken {
    if (!isValid(value)) {
      throw new IllegalArgumentException("A check token is 22 base64url characters");
    }
  }

  /** The token of a page (XHTML without the QR code) issued at {@code issuedAt}. */
  public static CheckToken of(String page, Instant issuedAt) {
    byte[] digest = sha256(DOMAIN + issuedAt + "\n" + page);
    return new CheckToken(
        Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
  }

  public static boolean isValid(String value) {
    return value != null && value.matches("[A-Za-z0-9_-]{22}");
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
