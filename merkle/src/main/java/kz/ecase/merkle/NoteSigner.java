package kz.ecase.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * Signs notes, checkpoints above all, with a log's Ed25519 key. A signer is made from the log's
 * verifier key string and its private key, because Java 17 has no way to derive an Ed25519 public
 * key from the private one; {@link #generate} makes a new key pair for a new log.
 */
public final class NoteSigner {

  private static final byte[] PAIRING_PROBE =
      "ecase: does this private key belong to this verifier key?\n"
          .getBytes(StandardCharsets.UTF_8);

  private final NoteVerifier verifier;
  private final PrivateKey privateKey;

  private NoteSigner(NoteVerifier verifier, PrivateKey privateKey) {
    this.verifier = verifier;
    this.privateKey = privateKey;
  }

  /** A new key pair named {@code keyName}, usually the log's origin. */
  public static NoteSigner generate(String keyName) {
    return generate(keyName, new SecureRandom());
  }

  /** A new key pair named {@code keyName}, drawn from {@code random}. */
  public static NoteSigner generate(String keyName, SecureRandom random) {
    requireKeyName(keyName);
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, random);
      KeyPair pair = generator.generateKeyPair();
      byte[] raw = Ed25519.rawPublicKey(pair.getPublic());
      return new NoteSigner(new NoteVerifier(keyName, raw, pair.getPublic()), pair.getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
    }
  }

  /**
   * The signer for {@code verifierKey} using {@code privateKey}.
   *
   * @throws NoteException if the verifier key is malformed or the private key is not its pair
   */
  public static NoteSigner of(String verifierKey, PrivateKey privateKey) {
    NoteVerifier verifier = NoteVerifier.fromVerifierKey(verifierKey);
    byte[] signature;
    try {
      signature = Ed25519.sign(privateKey, PAIRING_PROBE);
    } catch (GeneralSecurityException e) {
      throw new NoteException("the private key is not an Ed25519 key", e);
    }
    NoteSigner signer = new NoteSigner(verifier, privateKey);
    if (!Ed25519.verify(signer.verifier.publicKey(), PAIRING_PROBE, signature)) {
      throw new NoteException(
          "the private key does not belong to the verifier key of " + verifier.name());
    }
    return signer;
  }

  /**
   * The signer for {@code verifierKey} using the private key in PKCS#8 form.
   *
   * @throws NoteException if either key is malformed or they are not a pair
   */
  public static NoteSigner fromPkcs8(String verifierKey, byte[] pkcs8PrivateKey) {
    PrivateKey privateKey;
    try {
      privateKey =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
    } catch (GeneralSecurityException e) {
      throw new NoteException("the private key is not a PKCS#8 Ed25519 key", e);
    }
    return of(verifierKey, privateKey);
  }

  /** Name of the key. */
  public String name() {
    return verifier.name();
  }

  /** The verifier key string to publish, for anyone to check this signer's notes. */
  public String verifierKey() {
    return verifier.verifierKey();
  }

  /** A verifier for this signer's notes. */
  public NoteVerifier verifier() {
    return verifier;
  }

  /** The private key in PKCS#8 DER form, to be kept secret. */
  public byte[] privateKeyPkcs8() {
    return privateKey.getEncoded();
  }

  /**
   * Signs {@code text} and returns the signed note.
   *
   * @throws NoteException if the text cannot be carried by a note
   */
  public String sign(String text) {
    SignedNote.requireValidText(text, "the note text");
    byte[] signature;
    try {
      signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with a checked Ed25519 key failed", e);
    }
    SignedNote.Signature line = new SignedNote.Signature(name(), verifier.keyId(), signature);
    return new SignedNote(text, List.of(line)).format();
  }

  /** Signs a checkpoint and returns the signed note. */
  public String sign(Checkpoint checkpoint) {
    return sign(checkpoint.format());
  }

  private static void requireKeyName(String keyName) {
    if (!SignedNote.isValidKeyName(keyName)) {
      throw new IllegalArgumentException(
          "a key name is not empty and has neither spaces nor plus signs: \"" + keyName + "\"");
    }
  }

  @Override
  public String toString() {
    return "NoteSigner[" + verifierKey() + "]";
  }
}
