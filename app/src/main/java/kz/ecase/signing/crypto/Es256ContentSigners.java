package kz.ecase.signing.crypto;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.util.Optional;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;

/**
 * ECDSA with SHA-256 on P-256 by Bouncy Castle's own ECDSA over one shared description of the
 * curve, for the keys ecase opens for every act. Through the JCA, each key opened from its PKCS#8
 * bytes brings a fresh copy of the curve's generator, so Bouncy Castle computes its table of
 * multiples of the generator (the fixed-point comb) again for every signature, about three quarters
 * of the signature's time; here the table is computed once, on the generator of the one curve
 * object, and kept on it. The signature is the same ECDSA (randomised, DER-encoded, {@code
 * ecdsa-with-SHA256}): any verifier, openssl included, checks it as before.
 */
final class Es256ContentSigners {

  private static final X9ECParameters P256 =
      CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);

  private static final ECNamedDomainParameters DOMAIN =
      new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, P256);

  private static final AlgorithmIdentifier SIGNATURE =
      new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");

  private static final AlgorithmIdentifier DIGEST =
      new DefaultDigestAlgorithmIdentifierFinder().find(SIGNATURE);

  private Es256ContentSigners() {}

  /**
   * A signer for the built-in {@code SHA256withECDSA} (on Bouncy Castle) with this key when it is a
   * P-256 key whose private value is at hand; empty for any other algorithm, provider (a plug-in's,
   * a token's) or curve: the caller signs through the JCA then.
   */
  static Optional<ContentSigner> of(SignatureAlgorithm algorithm, PrivateKey key) {
    if (!"SHA256withECDSA".equalsIgnoreCase(algorithm.jcaSignatureAlgorithm())
        || algorithm.provider() != SignatureAlgorithms.BOUNCY_CASTLE
        || !(key instanceof ECPrivateKey ec)
        || ec.getS() == null
        || !isP256(ec.getParams())) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new BcECContentSignerBuilder(SIGNATURE, DIGEST)
              .build(new ECPrivateKeyParameters(ec.getS(), DOMAIN)));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("Cannot sign with ECDSA", e);
    }
  }

  /** Whether the parameters are those of P-256: its field, coefficients, generator and order. */
  static boolean isP256(ECParameterSpec params) {
    if (params == null
        || params.getCofactor() != 1
        || !(params.getCurve().getField() instanceof ECFieldFp field)) {
      return false;
    }
    return field.getP().equals(P256.getCurve().getField().getCharacteristic())
        && params.getCurve().getA().equals(P256.getCurve().getA().toBigInteger())
        && params.getCurve().getB().equals(P256.getCurve().getB().toBigInteger())
        && params.getOrder().equals(P256.getN())
        && params.getGenerator().getAffineX().equals(affineX())
        && params.getGenerator().getAffineY().equals(affineY());
  }

  private static BigInteger affineX() {
    return P256.getG().getAffineXCoord().toBigInteger();
  }

  private static BigInteger affineY() {
    return P256.getG().getAffineYCoord().toBigInteger();
  }
}
