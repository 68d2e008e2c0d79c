package kz.ecase.signing.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * ecase's own small certificate authority: one self-signed CA certificate that issues users'
 * signing certificates directly (no intermediates).
 *
 * <p>A user's certificate has the name as CN, the IIN as serialNumber ({@code IIN<12 digits>}, as
 * Kazakhstan's national CA writes it) where known, key usage digitalSignature and nonRepudiation
 * (critical), and no extended key usage, so that OpenSSL's default S/MIME signing purpose accepts
 * it ({@code openssl cms -verify} needs no {@code -purpose any}).
 */
public final class CertificateAuthority {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Whose certificate it is. {@code iin} and {@code unit} may be null. */
  public record Subject(String displayName, String username, String iin, String unit) {}

  private final PrivateKey key;
  private final X509Certificate certificate;

  public CertificateAuthority(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
    if (certificate.getBasicConstraints() < 0) {
      throw new IllegalArgumentException("The CA certificate is not a CA's (basicConstraints)");
    }
  }

  /** A new CA with a self-signed certificate. */
  public static CertificateAuthority generate(
      SignatureAlgorithm algorithm, String name, Instant now, Duration validity) {
    KeyPair pair = algorithm.generateKeyPair();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "KZ")
            .addRDN(BCStyle.O, "ecase")
            .addRDN(BCStyle.CN, name)
            .build();
    Instant from = now.truncatedTo(ChronoUnit.SECONDS);
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  subject,
                  serial(),
                  Date.from(from),
                  Date.from(from.plus(validity)),
                  subject,
                  pair.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(pair.getPublic()));
      return new CertificateAuthority(
          pair.getPrivate(), sign(builder, pair.getPrivate(), pair.getPublic()));
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("Cannot make the CA certificate", e);
    }
  }

  /**
   * Issues a signing certificate for the user's public key, valid from now for {@code validity}.
   */
  public X509Certificate issue(
      Subject subject, PublicKey publicKey, Instant now, Duration validity) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ");
    name.addRDN(BCStyle.O, "ecase");
    if (subject.unit() != null) {
      name.addRDN(BCStyle.OU, subject.unit());
    }
    name.addRDN(BCStyle.UID, subject.username());
    if (subject.iin() != null) {
      name.addRDN(BCStyle.SERIALNUMBER, "IIN" + subject.iin());
    }
    name.addRDN(BCStyle.CN, subject.displayName());
    Instant from = now.truncatedTo(ChronoUnit.SECONDS);
    Instant until = from.plus(validity);
    if (until.isAfter(certificate.getNotAfter().toInstant())) {
      until = certificate.getNotAfter().toInstant();
    }
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
                  certificate, serial(), Date.from(from), Date.from(until), name.build(), publicKey)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(publicKey))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(certificate));
      return sign(builder, key, certificate.getPublicKey());
    } catch (GeneralSecurityException | CertIOException e) {
      throw new IllegalStateException("Cannot issue a certificate", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  public PrivateKey key() {
    return key;
  }

  /** The JCA signature algorithm for certificates signed with this key. */
  static String signatureAlgorithmFor(PublicKey key) {
    return switch (key.getAlgorithm()) {
      case "EC", "ECDSA" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      default ->
          throw new IllegalArgumentException(
              "The CA key must be EC or RSA, not " + key.getAlgorithm());
    };
  }

  private static X509Certificate sign(
      X509v3CertificateBuilder builder, PrivateKey key, PublicKey issuerKey)
      throws GeneralSecurityException {
    try {
      ContentSigner signer =
          new JcaContentSignerBuilder(signatureAlgorithmFor(issuerKey))
              .setProvider(SignatureAlgorithms.BOUNCY_CASTLE)
              .build(key);
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /** A random positive 127-bit serial number, as RFC 5280 allows (at most 20 octets). */
  private static BigInteger serial() {
    return new BigInteger(127, RANDOM).setBit(126);
  }
}
