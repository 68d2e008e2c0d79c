package kz.ecase.signing.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.ecase.signing.Signer;
import kz.ecase.signing.SignerCheck;
import kz.ecase.signing.Verification;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks detached CMS signatures over a document's bytes: for each signer, the signature over the
 * content, the CAdES-BES signed attributes (signing-certificate or -v2 matching the certificate),
 * the certificate's validity period and key usage at the time of the check, a chain to one of the
 * trust anchors (PKIX), and revocation: CRLs when configured (no OCSP) and ecase's own revocations.
 */
public final class CmsVerifier {

  /** When a certificate was revoked, if it was. */
  public interface Revocations {
    Revocations NONE = certificate -> Optional.empty();

    Optional<Instant> revokedAt(X509Certificate certificate);
  }

  private final Set<TrustAnchor> anchors;
  private final List<X509CRL> crls;
  private final Revocations revocations;
  private final List<Provider> providers;

  /**
   * @param providers JCA providers to verify signature values with, tried in turn (Bouncy Castle,
   *     and a plug-in's provider for a national algorithm)
   */
  public CmsVerifier(
      Collection<X509Certificate> trustAnchors,
      List<X509CRL> crls,
      Revocations revocations,
      List<Provider> providers) {
    if (trustAnchors.isEmpty()) {
      throw new IllegalArgumentException("At least one trust anchor is needed");
    }
    this.anchors =
        trustAnchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
    this.crls = List.copyOf(crls);
    this.revocations = revocations;
    this.providers = List.copyOf(providers);
  }

  /** Checks {@code cms} (DER or BER) as a detached signature over {@code content} at {@code at}. */
  public Verification verify(byte[] content, byte[] cms, Instant at) {
    CMSSignedData signed;
    try {
      if (new CMSSignedData(cms).getSignedContent() != null) {
        return Verification.rejected("the signature carries content: only detached is accepted");
      }
      signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
    } catch (CMSException | RuntimeException e) {
      return Verification.rejected("not a CMS SignedData structure");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
      certificates.add(convert(holder));
    }
    List<SignerCheck> checks = new ArrayList<>();
    for (SignerInformation info : signed.getSignerInfos().getSigners()) {
      checks.add(check(info, signed, certificates, at));
    }
    return new Verification(checks, List.of());
  }

  /** The signers of a signature as their certificates name them, without checking anything. */
  public static List<Signer> signersOf(byte[] cms) {
    try {
      CMSSignedData signed = new CMSSignedData(cms);
      List<Signer> signers = new ArrayList<>();
      for (SignerInformation info : signed.getSignerInfos().getSigners()) {
        Optional<X509Certificate> certificate = certificateOf(info, signed);
        signers.add(signer(info, certificate.orElse(null)));
      }
      return signers;
    } catch (CMSException e) {
      throw new IllegalArgumentException("Not CMS", e);
    }
  }

  private SignerCheck check(
      SignerInformation info,
      CMSSignedData signed,
      List<X509Certificate> certificates,
      Instant at) {
    Optional<X509Certificate> found = certificateOf(info, signed);
    if (found.isEmpty()) {
      return new SignerCheck(
          signer(info, null), List.of("the signer's certificate is not in the signature"));
    }
    X509Certificate certificate = found.get();
    List<String> problems = new ArrayList<>();
    checkAttributes(info, certificate, problems);
    checkSignatureValue(info, certificate, problems);
    checkValidity(certificate, at, problems);
    checkKeyUsage(certificate, problems);
    checkChain(certificate, certificates, at, problems);
    revocations
        .revokedAt(certificate)
        .filter(revoked -> !revoked.isAfter(at))
        .ifPresent(revoked -> problems.add("the certificate was revoked at " + revoked));
    return new SignerCheck(signer(info, certificate), problems);
  }

  private static void checkAttributes(
      SignerInformation info, X509Certificate certificate, List<String> problems) {
    AttributeTable attributes = info.getSignedAttributes();
    if (attributes == null) {
      problems.add("no signed attributes: not CAdES-BES");
      return;
    }
    try {
      byte[] encoded = certificate.getEncoded();
      Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
      Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
      if (v2 != null) {
        ESSCertIDv2 id =
            SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
        String algorithm = new DefaultAlgorithmNameFinder().getAlgorithmName(id.getHashAlgorithm());
        byte[] hash = MessageDigest.getInstance(algorithm).digest(encoded);
        if (!Arrays.equals(hash, id.getCertHash())) {
          problems.add("signing-certificate-v2 names another certificate");
        }
      } else if (v1 != null) {
        ESSCertID id =
            SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
        if (!Arrays.equals(MessageDigest.getInstance("SHA-1").digest(encoded), id.getCertHash())) {
          problems.add("signing-certificate names another certificate");
        }
      } else {
        problems.add("no signing-certificate-v2 attribute: not CAdES-BES");
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      problems.add("unreadable signing-certificate attribute");
    }
  }

  private void checkSignatureValue(
      SignerInformation info, X509Certificate certificate, List<String> problems) {
    String failure = "no provider knows the signature algorithm";
    for (Provider provider : providers) {
      try {
        boolean valid =
            info.verify(
                new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(certificate));
        if (!valid) {
          problems.add("the signature value does not verify");
        }
        return;
      } catch (CMSSignerDigestMismatchException e) {
        problems.add("the signature does not match the document (message digest differs)");
        return;
      } catch (CMSVerifierCertificateNotValidException e) {
        problems.add("the certificate was not valid at the claimed signing time");
        return;
      } catch (CMSException e) {
        failure = "the signature cannot be checked: " + e.getMessage();
        if (!(e.getCause() instanceof OperatorCreationException)) {
          problems.add(failure);
          return;
        }
      } catch (OperatorCreationException e) {
        failure = "the signature cannot be checked: " + e.getMessage();
      }
    }
    problems.add(failure);
  }

  private static void checkValidity(
      X509Certificate certificate, Instant at, List<String> problems) {
    try {
      certificate.checkValidity(Date.from(at));
    } catch (CertificateExpiredException e) {
      problems.add("the certificate expired at " + certificate.getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      problems.add("the certificate is valid only from " + certificate.getNotBefore().toInstant());
    }
  }

  private static void checkKeyUsage(X509Certificate certificate, List<String> problems) {
    boolean[] usage = certificate.getKeyUsage();
    if (usage != null && !(usage[0] || usage[1])) {
      problems.add(
          "the certificate's key usage allows neither digitalSignature nor nonRepudiation");
    }
    if (certificate.getBasicConstraints() >= 0) {
      problems.add("the signer's certificate is a CA certificate");
    }
  }

  private void checkChain(
      X509Certificate certificate,
      List<X509Certificate> certificates,
      Instant at,
      List<String> problems) {
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setDate(Date.from(at));
      List<Object> store = new ArrayList<>(certificates);
      store.addAll(crls);
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
      CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
      if (crls.isEmpty()) {
        parameters.setRevocationEnabled(false);
      } else {
        PKIXRevocationChecker checker = (PKIXRevocationChecker) builder.getRevocationChecker();
        checker.setOptions(
            EnumSet.of(
                PKIXRevocationChecker.Option.PREFER_CRLS,
                PKIXRevocationChecker.Option.NO_FALLBACK,
                PKIXRevocationChecker.Option.SOFT_FAIL));
        parameters.addCertPathChecker(checker);
      }
      builder.build(parameters);
    } catch (CertPathBuilderException e) {
      problems.add("no valid certificate chain to a trust anchor (" + e.getMessage() + ")");
    } catch (GeneralSecurityException e) {
      problems.add("the certificate chain cannot be checked: " + e.getMessage());
    }
  }

  private static Optional<X509Certificate> certificateOf(
      SignerInformation info, CMSSignedData signed) {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
    return matches.stream().findFirst().map(CmsVerifier::convert);
  }

  private static Signer signer(SignerInformation info, X509Certificate certificate) {
    Instant signingTime = null;
    AttributeTable attributes = info.getSignedAttributes();
    if (attributes != null && attributes.get(CMSAttributes.signingTime) != null) {
      try {
        signingTime =
            Time.getInstance(
                    attributes.get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0))
                .getDate()
                .toInstant();
      } catch (RuntimeException e) {
        signingTime = null;
      }
    }
    if (certificate == null) {
      BigInteger serial = info.getSID().getSerialNumber();
      return new Signer(
          "unknown",
          serial == null ? "" : serial.toString(16),
          String.valueOf(info.getSID().getIssuer()),
          signingTime);
    }
    return new Signer(
        Names.of(certificate.getSubjectX500Principal()),
        certificate.getSerialNumber().toString(16),
        Names.of(certificate.getIssuerX500Principal()),
        signingTime);
  }

  private static X509Certificate convert(X509CertificateHolder holder) {
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalArgumentException("An unreadable certificate in the signature", e);
    }
  }
}
