package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.signing.Openssl;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ecase's signatures check with the real openssl and nothing from ecase but the CA certificate: the
 * exact command of the issue succeeds, without {@code -purpose any}, and fails after one changed
 * byte. (openssl checks certificates against the real time, so this PKI lives at the real time.)
 */
class OpensslVerificationTest {

  static final byte[] DOCUMENT =
      "%PDF-1.7\nПротокол / Хаттама ӘәҒғҚқҢңӨөҰұҮүҺһІі\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path directory;

  static List<SignatureAlgorithm> algorithms() {
    return List.of(SignatureAlgorithms.ECDSA_P256, SignatureAlgorithms.rsa(2048));
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void opensslAcceptsTheSignatureAndRefusesAChangedByte(SignatureAlgorithm algorithm) {
    TestPki pki = new TestPki(algorithm, Instant.now());
    byte[] signature = pki.user("Author", algorithm).sign(DOCUMENT);
    String ca = Pem.write(pki.ca.certificate());

    Openssl.Result good = Openssl.verify(directory, DOCUMENT, signature, ca);
    assertThat(good.succeeded()).as(good.output()).isTrue();
    assertThat(good.output()).contains("Verification successful");

    byte[] tampered = DOCUMENT.clone();
    tampered[tampered.length - 2] ^= 1;
    Openssl.Result bad = Openssl.verify(directory, tampered, signature, ca);
    assertThat(bad.succeeded()).as(bad.output()).isFalse();
    assertThat(bad.output()).contains("Verification failure");
  }

  @Test
  void opensslAcceptsACosignedSignatureWithBothSigners() {
    TestPki pki = new TestPki(SignatureAlgorithms.ECDSA_P256, Instant.now());
    byte[] author = pki.user("Author", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT);
    byte[] both = pki.user("Approver", SignatureAlgorithms.rsa(2048)).cosign(author, DOCUMENT);

    Openssl.Result result =
        Openssl.verify(directory, DOCUMENT, both, Pem.write(pki.ca.certificate()));

    assertThat(result.succeeded()).as(result.output()).isTrue();
    Openssl.Result printed =
        Openssl.run(
            directory, "openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", "doc.p7s");
    assertThat(printed.output().split("d.issuerAndSerialNumber:", -1))
        .as("two SignerInfos")
        .hasSize(3);
  }

  @Test
  void opensslRefusesAnotherCa() {
    TestPki pki = new TestPki(SignatureAlgorithms.ECDSA_P256, Instant.now());
    TestPki other = new TestPki(SignatureAlgorithms.ECDSA_P256, Instant.now());
    byte[] signature = pki.user("Author", SignatureAlgorithms.ECDSA_P256).sign(DOCUMENT);

    Openssl.Result result =
        Openssl.verify(directory, DOCUMENT, signature, Pem.write(other.ca.certificate()));

    assertThat(result.succeeded()).isFalse();
  }

  /**
   * Why ecase's certificates carry no extended key usage: openssl's default purpose for {@code cms
   * -verify} is S/MIME signing, which refuses an extended key usage without emailProtection (a
   * national PKI's certificate may have one); such signatures need {@code -purpose any}.
   */
  @Test
  void aCertificateWithAnotherExtendedKeyUsageNeedsPurposeAny() throws Exception {
    Instant now = Instant.now();
    TestPki pki = new TestPki(SignatureAlgorithms.ECDSA_P256, now);
    KeyPair pair = SignatureAlgorithms.ECDSA_P256.generateKeyPair();
    X509Certificate ca = pki.ca.certificate();
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        ca,
                        java.math.BigInteger.TEN,
                        java.util.Date.from(now),
                        java.util.Date.from(now.plus(Duration.ofDays(1))),
                        new org.bouncycastle.asn1.x500.X500Name("CN=Code signer,O=Elsewhere"),
                        pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                        Extension.keyUsage,
                        true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(
                        Extension.extendedKeyUsage,
                        false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_codeSigning))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pki.ca.key())));
    byte[] signature =
        CmsSigner.sign(
            DOCUMENT, SignatureAlgorithms.ECDSA_P256, pair.getPrivate(), List.of(certificate), now);

    assertThat(Openssl.verify(directory, DOCUMENT, signature, Pem.write(ca)).succeeded()).isFalse();
    Openssl.Result any =
        Openssl.verify(directory, DOCUMENT, signature, Pem.write(ca), "-purpose", "any");
    assertThat(any.succeeded()).as(any.output()).isTrue();
  }
}
