package kz.ecase.signing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The built-in algorithms: ECDSA on P-256 and RSA, both with SHA-256, on Bouncy Castle. */
public final class SignatureAlgorithms {

  /** One Bouncy Castle provider for the whole application; it is not installed globally. */
  public static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  /** ECDSA on NIST P-256 (secp256r1) with SHA-256: the default. */
  public static final SignatureAlgorithm ECDSA_P256 =
      new BuiltIn("ECDSA-P256", "EC", 0, "SHA256withECDSA");

  private SignatureAlgorithms() {}

  /** RSA with PKCS#1 v1.5 padding and SHA-256; at least 2048 bits. */
  public static SignatureAlgorithm rsa(int bits) {
    if (bits < 2048) {
      throw new IllegalArgumentException("RSA keys have at least 2048 bits");
    }
    return new BuiltIn("RSA-" + bits, "RSA", bits, "SHA256withRSA");
  }

  /** The built-in algorithm of this name: {@code ECDSA-P256} or {@code RSA-<bits>}. */
  public static Optional<SignatureAlgorithm> builtIn(String name) {
    if (ECDSA_P256.name().equalsIgnoreCase(name)) {
      return Optional.of(ECDSA_P256);
    }
    if (name != null && name.toUpperCase(java.util.Locale.ROOT).matches("RSA-[0-9]{4,5}")) {
      return Optional.of(rsa(Integer.parseInt(name.substring(4))));
    }
    return Optional.empty();
  }

  private record BuiltIn(String name, String keyAlgorithm, int bits, String jcaSignatureAlgorithm)
      implements SignatureAlgorithm {

    @Override
    public KeyPair generateKeyPair() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BOUNCY_CASTLE);
        if (bits == 0) {
          generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        } else {
          generator.initialize(bits, new SecureRandom());
        }
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Cannot generate a " + name + " key", e);
      }
    }

    @Override
    public Provider provider() {
      return BOUNCY_CASTLE;
    }
  }
}
