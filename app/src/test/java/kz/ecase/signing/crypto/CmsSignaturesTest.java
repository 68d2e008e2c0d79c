package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.Signer;
import kz.ecase.signing.Verification;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CmsSignaturesTest {

  static final byte[] DOCUMENT = "%PDF-1.7 протокол № 1 / хаттама".getBytes(StandardCharsets.UTF_8);

  static List<SignatureAlgorithm> algorithms() {
    return List.of(SignatureAlgorithms.ECDSA_P256, SignatureAlgorithms.rsa(2048));
  }

  final TestPki pki = new TestPki();

  @ParameterizedTest
  @MethodSource("algorithms")
  void aSignatureVerifiesOverTheDocument(SignatureAlgorithm algorithm) {
    TestPki.User author = pki.user("Author", algorithm);

    Verification verification = pki.verifier().verify(DOCUMENT, author.sign(DOCUMENT), TestPki.NOW);

    assertThat(verification.allProblems()).isEmpty();
    assertThat(verification.valid()).isTrue();
    Signer signer = verification.signers().get(0).signer();
    assertThat(signer.subject()).contains("CN=Author");
    assertThat(signer.serial()).isEqualTo(author.certificate().getSerialNumber().toString(16));
    assertThat(signer.signingTime()).isEqualTo(TestPki.NOW);
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void theSignerKnownToWhoSignedIsTheOneTheSignatureNames(SignatureAlgorithm algorithm) {
    TestPki.User author = pki.user("Author", algorithm);
    Instant notOnASecond = TestPki.NOW.plusMillis(987);

    byte[] cms =
        CmsSigner.sign(
            DOCUMENT,
            algorithm,
            author.pair().getPrivate(),
            List.of(author.certificate()),
            notOnASecond);

    assertThat(CmsSigner.signerOf(author.certificate(), notOnASecond))
        .isEqualTo(CmsVerifier.signersOf(cms).get(0));
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void oneChangedByteBreaksIt(SignatureAlgorithm algorithm) {
    byte[] signature = pki.user("Author", algorithm).sign(DOCUMENT);
    byte[] tampered = DOCUMENT.clone();
    tampered[10] ^= 1;

    Verification verification = pki.verifier().verify(tampered, signature, TestPki.NOW);

    assertThat(verification.valid()).isFalse();
    assertThat(verification.allProblems())
        .singleElement()
        .asString()
        .contains("does not match the document");
  }

  @Test
  void theSignedAttributesAreThoseOfCadesBes() {
    byte[] signature = pki.user("Author", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT);

    SignedData signed = SignedData.getInstance(ContentInfo.getInstance(signature).getContent());
    assertThat(signed.getEncapContentInfo().getContent()).as("detached").isNull();
    SignerInfo info = SignerInfo.getInstance(signed.getSignerInfos().getObjectAt(0));
    List<String> attributes =
        java.util.Arrays.stream(info.getAuthenticatedAttributes().toArray())
            .map(a -> org.bouncycastle.asn1.cms.Attribute.getInstance(a).getAttrType().getId())
            .toList();
    assertThat(attributes)
        .as("CAdES-BES, and CMS algorithm protection (RFC 6211)")
        .containsExactlyInAnyOrder(
            PKCSObjectIdentifiers.id_aa_cmsAlgorithmProtect.getId(),
            PKCSObjectIdentifiers.pkcs_9_at_contentType.getId(),
            PKCSObjectIdentifiers.pkcs_9_at_messageDigest.getId(),
            PKCSObjectIdentifiers.pkcs_9_at_signingTime.getId(),
            PKCSObjectIdentifiers.id_aa_signingCertificateV2.getId());
  }

  @Test
  void aCosignatureAddsASignerAndKeepsTheFirst() {
    TestPki.User author = pki.user("Author", SignatureAlgorithms.ECDSA_P256);
    TestPki.User approver = pki.user("Approver", SignatureAlgorithms.rsa(2048));
    byte[] first = author.sign(DOCUMENT);

    byte[] both = approver.cosign(first, DOCUMENT);

    Verification verification = pki.verifier().verify(DOCUMENT, both, TestPki.NOW);
    assertThat(verification.allProblems()).isEmpty();
    assertThat(verification.signers())
        .extracting(check -> check.signer().subject())
        .anySatisfy(s -> assertThat(s).contains("CN=Author"))
        .anySatisfy(s -> assertThat(s).contains("CN=Approver"))
        .hasSize(2);
    assertThat(CmsVerifier.signersOf(both)).hasSize(2);

    byte[] tampered = DOCUMENT.clone();
    tampered[0] ^= 1;
    assertThat(pki.verifier().verify(tampered, both, TestPki.NOW).signers())
        .allSatisfy(check -> assertThat(check.valid()).isFalse());
  }

  @Test
  void aSignerFromAnotherCaHasNoChain() {
    TestPki other = new TestPki();
    byte[] signature = other.user("Stranger", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT);

    Verification verification = pki.verifier().verify(DOCUMENT, signature, TestPki.NOW);

    assertThat(verification.valid()).isFalse();
    assertThat(verification.allProblems())
        .singleElement()
        .asString()
        .contains("no valid certificate chain to a trust anchor");
  }

  @Test
  void anExpiredCertificateIsRefusedAndWasFineBefore() {
    byte[] signature = pki.user("Author", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT);
    Instant later = TestPki.NOW.plus(Duration.ofDays(366));

    Verification expired = pki.verifier().verify(DOCUMENT, signature, later);

    assertThat(expired.valid()).isFalse();
    assertThat(expired.allProblems())
        .anySatisfy(p -> assertThat(p).contains("the certificate expired at 2027-03-14T09:26:53Z"));
    assertThat(pki.verifier().verify(DOCUMENT, signature, later.minus(Duration.ofDays(2))).valid())
        .isTrue();
  }

  @Test
  void aRevokedCertificateIsRefusedFromItsRevocationOn() {
    TestPki.User author = pki.user("Author", SignatureAlgorithms.ECDSA_P256);
    Instant revoked = TestPki.NOW.plus(Duration.ofDays(10));
    CmsVerifier verifier =
        new CmsVerifier(
            List.of(pki.ca.certificate()),
            List.of(),
            certificate ->
                certificate.equals(author.certificate()) ? Optional.of(revoked) : Optional.empty(),
            List.of(SignatureAlgorithms.BOUNCY_CASTLE));
    byte[] signature = author.sign(DOCUMENT);

    assertThat(verifier.verify(DOCUMENT, signature, revoked.minusSeconds(1)).valid()).isTrue();
    assertThat(verifier.verify(DOCUMENT, signature, revoked).allProblems())
        .singleElement()
        .asString()
        .contains("revoked");
  }

  @Test
  void aCertificateOnAConfiguredCrlIsRefusedAndOthersPass() throws Exception {
    TestPki.User revoked = pki.user("Revoked", SignatureAlgorithms.ECDSA_P256);
    TestPki.User fine = pki.user("Fine", SignatureAlgorithms.ECDSA_P256);
    TestPki unlisted = new TestPki();
    X509v2CRLBuilder crl =
        new X509v2CRLBuilder(
            new JcaX509CertificateHolder(pki.ca.certificate()).getSubject(),
            java.util.Date.from(TestPki.NOW));
    crl.setNextUpdate(java.util.Date.from(TestPki.NOW.plus(Duration.ofDays(30))));
    crl.addCRLEntry(
        revoked.certificate().getSerialNumber(),
        java.util.Date.from(TestPki.NOW),
        CRLReason.keyCompromise);
    X509CRL list =
        new JcaX509CRLConverter()
            .getCRL(crl.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pki.ca.key())));
    CmsVerifier verifier =
        new CmsVerifier(
            List.of(pki.ca.certificate(), unlisted.ca.certificate()),
            List.of(list),
            CmsVerifier.Revocations.NONE,
            List.of(SignatureAlgorithms.BOUNCY_CASTLE));
    Instant at = TestPki.NOW.plus(Duration.ofDays(1));

    assertThat(verifier.verify(DOCUMENT, revoked.sign(DOCUMENT), at).allProblems())
        .singleElement()
        .asString()
        .contains("no valid certificate chain")
        .containsIgnoringCase("revoked");
    assertThat(verifier.verify(DOCUMENT, fine.sign(DOCUMENT), at).allProblems()).isEmpty();
    assertThat(
            verifier
                .verify(
                    DOCUMENT,
                    unlisted.user("Elsewhere", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT),
                    at)
                .allProblems())
        .as("an issuer without a configured CRL is not checked against one")
        .isEmpty();
  }

  @Test
  void aPlainCmsSignatureWithoutSigningCertificateIsNotCadesBes() throws Exception {
    TestPki.User author = pki.user("Author", SignatureAlgorithms.ECDSA_P256);
    byte[] plain = plainCms(author, false);

    assertThat(pki.verifier().verify(DOCUMENT, plain, TestPki.NOW).allProblems())
        .singleElement()
        .asString()
        .contains("not CAdES-BES");
  }

  @Test
  void anEncapsulatedSignatureOrGarbageIsRejected() throws Exception {
    TestPki.User author = pki.user("Author", SignatureAlgorithms.ECDSA_P256);
    byte[] attached = plainCms(author, true);

    assertThat(pki.verifier().verify(DOCUMENT, attached, TestPki.NOW).problems())
        .singleElement()
        .asString()
        .contains("only detached");
    assertThat(pki.verifier().verify(DOCUMENT, new byte[] {1, 2, 3}, TestPki.NOW).problems())
        .containsExactly("not a CMS SignedData structure");
  }

  /** A CMS signature as plain Bouncy Castle makes it: no signing-certificate attribute. */
  private static byte[] plainCms(TestPki.User author, boolean encapsulate) throws Exception {
    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(author.pair().getPrivate()),
                author.certificate()));
    generator.addCertificates(new JcaCertStore(List.of(author.certificate())));
    return generator.generate(new CMSProcessableByteArray(DOCUMENT), encapsulate).getEncoded();
  }
}
