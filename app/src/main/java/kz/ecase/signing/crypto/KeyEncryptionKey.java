package kz.ecase.signing.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The AES-256 key-encryption key (KEK) that wraps users' signing keys, held outside the database. A
 * private key is wrapped with AES-GCM (the JDK's) under the KEK, with its owner's username and
 * certificate serial as associated data: a wrapped key copied to another user's row, or to another
 * key's, does not open. The signing PIN is checked against a verifier, HMAC-SHA256 keyed with a key
 * derived from the KEK (HKDF-SHA256, Bouncy Castle), so a stolen database cannot be searched for
 * PINs without the KEK.
 *
 * <p>Its id is derived from the key itself (HKDF, 8 bytes in hex): each wrapped row names the KEK
 * that opens it, so a KEK can be rotated while rows under the previous one are still read.
 */
public final class KeyEncryptionKey {

  /** Bytes of an AES-256 key. */
  public static final int SIZE = 32;

  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] ID_INFO = ascii("ecase/signing/kek-id/v1");
  private static final byte[] VERIFIER_INFO = ascii("ecase/signing/pin-verifier/v1");
  private static final byte[] WRAP_CONTEXT = ascii("ecase/signing/wrapped-key/v1");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String id;
  private final SecretKeySpec key;
  private final SecretKeySpec verifierKey;

  private KeyEncryptionKey(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "A key-encryption key has " + SIZE + " bytes, not " + bytes.length);
    }
    this.id = HexFormat.of().formatHex(derive(bytes, ID_INFO, 8));
    this.key = new SecretKeySpec(bytes, "AES");
    this.verifierKey = new SecretKeySpec(derive(bytes, VERIFIER_INFO, 32), "HmacSHA256");
  }

  /** The KEK of these 32 bytes. */
  public static KeyEncryptionKey of(byte[] bytes) {
    return new KeyEncryptionKey(bytes.clone());
  }

  /** 32 new random bytes for a KEK. */
  public static byte[] generateBytes() {
    byte[] bytes = new byte[SIZE];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** 16 hex digits derived from the key; names it in each row it wraps. */
  public String id() {
    return id;
  }

  /** A wrapped key (or the KEK) that does not open: wrong KEK, owner, serial or changed bytes. */
  public static final class UnwrapException extends Exception {
    UnwrapException(String message) {
      super(message);
    }
  }

  /**
   * The private key (PKCS#8 DER) encrypted under the KEK for its owner and certificate: a fresh
   * 12-byte nonce followed by the AES-GCM ciphertext and its 16-byte tag.
   */
  public byte[] wrap(byte[] pkcs8, String username, String serial) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(username, serial));
      byte[] sealed = cipher.doFinal(pkcs8);
      byte[] wrapped = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, wrapped, NONCE_BYTES, sealed.length);
      return wrapped;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot wrap a key", e);
    }
  }

  /** The private key (PKCS#8 DER) of a wrapped key, if it was wrapped for this owner and serial. */
  public byte[] unwrap(byte[] wrapped, String username, String serial) throws UnwrapException {
    if (wrapped.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UnwrapException("Too short for a wrapped key");
    }
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
      cipher.updateAAD(associatedData(username, serial));
      return cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new UnwrapException("The wrapped key does not open for " + username + "/" + serial);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot unwrap a key", e);
    }
  }

  /** The verifier of a user's PIN for their key of this serial: HMAC-SHA256, 32 bytes. */
  public byte[] pinVerifier(String username, String serial, char[] pin) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(verifierKey);
      mac.update(field(username));
      mac.update(field(serial));
      byte[] digits = new String(pin).getBytes(StandardCharsets.UTF_8);
      try {
        return mac.doFinal(digits);
      } finally {
        Arrays.fill(digits, (byte) 0);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot compute a PIN verifier", e);
    }
  }

  /** Whether the PIN matches the stored verifier, compared in constant time. */
  public boolean pinMatches(byte[] verifier, String username, String serial, char[] pin) {
    return MessageDigest.isEqual(verifier, pinVerifier(username, serial, pin));
  }

  @Override
  public String toString() {
    return "KeyEncryptionKey[" + id + "]";
  }

  private static byte[] associatedData(String username, String serial) {
    byte[] user = field(username);
    byte[] number = field(serial);
    byte[] data = Arrays.copyOf(WRAP_CONTEXT, WRAP_CONTEXT.length + user.length + number.length);
    System.arraycopy(user, 0, data, WRAP_CONTEXT.length, user.length);
    System.arraycopy(number, 0, data, WRAP_CONTEXT.length + user.length, number.length);
    return data;
  }

  /** A length-prefixed UTF-8 field, so that no two (username, serial) pairs encode alike. */
  private static byte[] field(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    byte[] field = new byte[4 + bytes.length];
    field[0] = (byte) (bytes.length >>> 24);
    field[1] = (byte) (bytes.length >>> 16);
    field[2] = (byte) (bytes.length >>> 8);
    field[3] = (byte) bytes.length;
    System.arraycopy(bytes, 0, field, 4, bytes.length);
    return field;
  }

  private static byte[] derive(byte[] secret, byte[] info, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(secret, null, info));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
