package kz.ecase.signing.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.Signer;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * Makes detached CMS signatures (RFC 5652) in the CAdES-BES profile (ETSI EN 319 122-1): the signed
 * attributes are content-type, message-digest, signing-time and signing-certificate-v2 (the SHA-256
 * of the signer's certificate, with its issuer and serial), so that the certificate cannot be
 * swapped. A co-signature adds one more SignerInfo over the same content to an existing signature,
 * keeping the others and their certificates as they were.
 */
public final class CmsSigner {

  /**
   * The content's digest: the JDK's own implementation where it has the algorithm (its SHA-256 uses
   * the processor's SHA instructions, several times Bouncy Castle's Java code over a 50 KB PDF),
   * Bouncy Castle's for the rest (GOST). The same bytes either way.
   */
  private static final DigestCalculatorProvider DIGESTS = jdkFirstDigests();

  private CmsSigner() {}

  private static DigestCalculatorProvider jdkFirstDigests() {
    try {
      DigestCalculatorProvider jdk = new JcaDigestCalculatorProviderBuilder().build();
      DigestCalculatorProvider bouncyCastle =
          new JcaDigestCalculatorProviderBuilder()
              .setProvider(SignatureAlgorithms.BOUNCY_CASTLE)
              .build();
      return algorithm -> {
        try {
          return jdk.get(algorithm);
        } catch (OperatorCreationException notInTheJdk) {
          return bouncyCastle.get(algorithm);
        }
      };
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("No digest calculators", e);
    }
  }

  /**
   * The signer a signature made by {@link #sign} with this certificate at this time names, as
   * {@link CmsVerifier#signersOf} reads it back (the signing time to the second, as the CMS keeps
   * it): for the one who signed, without parsing what they just made. A null time gives a signer
   * without one (the certificate's names only).
   */
  public static Signer signerOf(X509Certificate certificate, Instant signingTime) {
    return new Signer(
        Names.of(certificate.getSubjectX500Principal()),
        certificate.getSerialNumber().toString(16),
        Names.of(certificate.getIssuerX500Principal()),
        signingTime == null
            ? null
            : signingTime.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** The author's signature over {@code content}: DER. */
  public static byte[] sign(
      byte[] content,
      SignatureAlgorithm algorithm,
      PrivateKey key,
      List<X509Certificate> chain,
      Instant signingTime) {
    return generate(null, content, algorithm, key, chain, signingTime);
  }

  /** {@code existing} with one more signer over the same {@code content}: DER. */
  public static byte[] cosign(
      byte[] existing,
      byte[] content,
      SignatureAlgorithm algorithm,
      PrivateKey key,
      List<X509Certificate> chain,
      Instant signingTime) {
    try {
      return generate(
          new CMSSignedData(new CMSProcessableByteArray(content), existing),
          content,
          algorithm,
          key,
          chain,
          signingTime);
    } catch (CMSException e) {
      throw new IllegalArgumentException("The existing signature is not CMS", e);
    }
  }

  private static byte[] generate(
      CMSSignedData existing,
      byte[] content,
      SignatureAlgorithm algorithm,
      PrivateKey key,
      List<X509Certificate> chain,
      Instant signingTime) {
    try {
      X509Certificate certificate = chain.get(0);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      List<X509CertificateHolder> certificates = new ArrayList<>();
      if (existing != null) {
        generator.addSigners(existing.getSignerInfos());
        Store<X509CertificateHolder> store = existing.getCertificates();
        certificates.addAll(store.getMatches(null));
        generator.addCRLs(existing.getCRLs());
      }
      X509CertificateHolder signer = new JcaX509CertificateHolder(certificate);
      for (X509Certificate c : chain) {
        if (c.getBasicConstraints() < 0 || !isSelfSigned(c)) {
          certificates.add(c == certificate ? signer : new JcaX509CertificateHolder(c));
        }
      }
      Set<X509CertificateHolder> distinct = new HashSet<>();
      for (X509CertificateHolder holder : certificates) {
        if (distinct.add(holder)) {
          generator.addCertificate(holder);
        }
      }
      generator.addSignerInfoGenerator(signerInfo(algorithm, key, signer, signingTime));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
      return signed.getEncoded(ASN1Encoding.DER);
    } catch (CMSException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot sign", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param holder the signer's certificate, parsed once for the signing-certificate attribute, the
   *     signer's identifier and the certificates the signature carries
   */
  private static SignerInfoGenerator signerInfo(
      SignatureAlgorithm algorithm, PrivateKey key, X509CertificateHolder holder, Instant time)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    ESSCertIDv2 certId =
        new ESSCertIDv2(
            MessageDigest.getInstance("SHA-256").digest(holder.getEncoded()),
            new IssuerSerial(
                new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signingCertificateV2,
            new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
    attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(SigningTimes.of(time))));
    ContentSigner signer = Es256ContentSigners.of(algorithm, key).orElse(null);
    if (signer == null) {
      signer =
          new JcaContentSignerBuilder(algorithm.jcaSignatureAlgorithm())
              .setProvider(algorithm.provider())
              .build(key);
    }
    return new JcaSignerInfoGeneratorBuilder(DIGESTS)
        .setSignedAttributeGenerator(
            new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
        .build(signer, holder);
  }

  private static boolean isSelfSigned(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
  }
}
