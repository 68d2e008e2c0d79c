package kz.ecase.signing;

import java.security.KeyPair;
import java.security.Provider;

/**
 * How users' signing keys are made and used: ECDSA P-256 by default, RSA (2048 bits or more), or a
 * national-PKI algorithm (GOST 34.310 through its JCA provider) as a plug-in. A plug-in is a Spring
 * bean implementing this interface; {@code ECASE_SIGNING_ALGORITHM} names the one to use.
 */
public interface SignatureAlgorithm {

  /** The name configuration chooses it by, e.g. {@code ECDSA-P256}, {@code RSA-2048}. */
  String name();

  /** A new key pair for a user's signing certificate. */
  KeyPair generateKeyPair();

  /** The JCA name of the signature, with its digest, e.g. {@code SHA256withECDSA}. */
  String jcaSignatureAlgorithm();

  /** The JCA provider that generates keys, signs and verifies with this algorithm. */
  Provider provider();
}
