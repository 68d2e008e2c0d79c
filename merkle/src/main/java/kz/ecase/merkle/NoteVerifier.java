package kz.ecase.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Checks signed notes against one trusted Ed25519 key, given as a verifier key string {@code
 * "<name>+<8 hex digits of key ID>+<base64(0x01 || 32-byte public key)>"}. Signatures by other keys
 * are ignored; at least one by this key must be present, and every one by it must verify.
 */
public final class NoteVerifier {

  private final String name;
  private final int keyId;
  private final byte[] rawPublicKey;
  private final PublicKey publicKey;

  NoteVerifier(String name, byte[] rawPublicKey, PublicKey publicKey) {
    this.name = name;
    this.keyId = Ed25519.keyId(name, rawPublicKey);
    this.rawPublicKey = rawPublicKey.clone();
    this.publicKey = publicKey;
  }

  /**
   * Reads a verifier key string.
   *
   * @throws NoteException if it is malformed, of another algorithm, or its key ID does not match
   */
  public static NoteVerifier fromVerifierKey(String verifierKey) {
    int plus = verifierKey.indexOf('+');
    int idEnd = plus + 1 + 8;
    if (plus < 0 || verifierKey.length() <= idEnd || verifierKey.charAt(idEnd) != '+') {
      throw new NoteException("the verifier key is not of the form name+keyid+key");
    }
    String name = verifierKey.substring(0, plus);
    String keyIdHex = verifierKey.substring(plus + 1, idEnd);
    if (!SignedNote.isValidKeyName(name)) {
      throw new NoteException("the verifier key's name \"" + name + "\" is not a valid key name");
    }
    if (!keyIdHex.matches("[0-9a-f]{8}")) {
      throw new NoteException("the verifier key's ID \"" + keyIdHex + "\" is not 8 hex digits");
    }
    byte[] typeAndKey = SignedNote.decodeBase64(verifierKey.substring(idEnd + 1));
    if (typeAndKey == null || typeAndKey.length == 0) {
      throw new NoteException("the verifier key's key is not base64");
    }
    if (typeAndKey[0] != Ed25519.SIGNATURE_TYPE || typeAndKey.length != 1 + 32) {
      throw new NoteException("the verifier key is not an Ed25519 key");
    }
    byte[] raw = new byte[32];
    System.arraycopy(typeAndKey, 1, raw, 0, 32);
    if (Ed25519.keyId(name, raw) != Integer.parseUnsignedInt(keyIdHex, 16)) {
      throw new NoteException("the verifier key's ID does not match its name and key");
    }
    try {
      return new NoteVerifier(name, raw, Ed25519.publicKey(raw));
    } catch (GeneralSecurityException e) {
      throw new NoteException("the verifier key holds no valid Ed25519 public key", e);
    }
  }

  /**
   * The verifier for an Ed25519 public key named {@code keyName}, e.g. the key of a certificate in
   * a key store.
   *
   * @throws NoteException if the name is not a valid key name or the key is not Ed25519
   */
  public static NoteVerifier of(String keyName, PublicKey publicKey) {
    if (!SignedNote.isValidKeyName(keyName)) {
      throw new NoteException("\"" + keyName + "\" is not a valid key name");
    }
    try {
      return new NoteVerifier(keyName, Ed25519.rawPublicKey(publicKey), publicKey);
    } catch (IllegalArgumentException e) {
      throw new NoteException("the public key is not an Ed25519 key", e);
    }
  }

  /** Name of the key, usually the log's origin. */
  public String name() {
    return name;
  }

  /** The verifier key string, to publish or to configure a verifier with. */
  public String verifierKey() {
    byte[] typeAndKey = new byte[1 + rawPublicKey.length];
    typeAndKey[0] = Ed25519.SIGNATURE_TYPE;
    System.arraycopy(rawPublicKey, 0, typeAndKey, 1, rawPublicKey.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typeAndKey);
  }

  /**
   * Checks a signed note and returns its text, to be trusted from now on.
   *
   * @throws NoteException if the note is malformed, is not signed by this key, or a signature by
   *     this key does not match the text
   */
  public String verify(String signedNote) {
    SignedNote note = SignedNote.parse(signedNote);
    byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
    boolean signed = false;
    for (SignedNote.Signature signature : note.signatures()) {
      if (signature.keyName().equals(name) && signature.keyId() == keyId) {
        if (!Ed25519.verify(publicKey, text, signature.signature())) {
          throw new NoteException(
              "the signature by "
                  + name
                  + " does not match the note: the text was changed after signing,"
                  + " or the signature is not genuine");
        }
        signed = true;
      }
    }
    if (!signed) {
      throw new NoteException("the note is not signed by " + name + " (key ID " + keyIdHex() + ")");
    }
    return note.text();
  }

  /**
   * Checks a signed checkpoint and reads it.
   *
   * @throws NoteException if the note does not verify or its text is not a checkpoint
   */
  public Checkpoint verifyCheckpoint(String signedNote) {
    return Checkpoint.parse(verify(signedNote));
  }

  int keyId() {
    return keyId;
  }

  PublicKey publicKey() {
    return publicKey;
  }

  private String keyIdHex() {
    return HexFormat.of().toHexDigits(keyId);
  }

  @Override
  public String toString() {
    return verifierKey();
  }
}
