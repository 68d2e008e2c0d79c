package kz.ecase.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 (RFC 8032) as signed notes use it, on the JDK's own implementation: raw 32-byte public
 * keys, the note key ID, signing and checking.
 */
final class Ed25519 {

  /** Signature type byte of Ed25519 in signed notes and verifier keys. */
  static final byte SIGNATURE_TYPE = 0x01;

  static final int PUBLIC_KEY_SIZE = 32;

  /** DER header of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
  private static final byte[] SPKI_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

  private Ed25519() {}

  /** The 32-byte RFC 8032 encoding of an Ed25519 public key. */
  static byte[] rawPublicKey(PublicKey key) {
    byte[] encoded = key.getEncoded();
    if (encoded == null
        || encoded.length != SPKI_HEADER.length + PUBLIC_KEY_SIZE
        || !Arrays.equals(encoded, 0, SPKI_HEADER.length, SPKI_HEADER, 0, SPKI_HEADER.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    return Arrays.copyOfRange(encoded, SPKI_HEADER.length, encoded.length);
  }

  /** The public key whose RFC 8032 encoding is {@code raw}. */
  static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    if (raw.length != PUBLIC_KEY_SIZE) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] encoded = Arrays.copyOf(SPKI_HEADER, SPKI_HEADER.length + PUBLIC_KEY_SIZE);
    System.arraycopy(raw, 0, encoded, SPKI_HEADER.length, PUBLIC_KEY_SIZE);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
  }

  /** The key ID: SHA-256(key name || 0x0A || 0x01 || raw public key), first 4 bytes, big-endian. */
  static int keyId(String keyName, byte[] rawPublicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      sha256.update(SIGNATURE_TYPE);
      sha256.update(rawPublicKey);
      return ByteBuffer.wrap(sha256.digest()).getInt();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static byte[] sign(PrivateKey key, byte[] message) throws GeneralSecurityException {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(key);
    signature.update(message);
    return signature.sign();
  }

  /** Whether {@code signature} is the key's signature of {@code message}; false if malformed. */
  static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
