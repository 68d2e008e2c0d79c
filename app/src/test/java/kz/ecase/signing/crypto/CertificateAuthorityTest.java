package kz.ecase.signing.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import kz.ecase.signing.SignatureAlgorithms;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

  final TestPki pki = new TestPki();

  @Test
  void theCaCertificateIsSelfSignedAndMayOnlySignCertificatesAndCrls() throws Exception {
    X509Certificate ca = pki.ca.certificate();

    ca.verify(ca.getPublicKey());
    assertThat(ca.getBasicConstraints()).isZero();
    assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThat(ca.getKeyUsage()[6]).as("cRLSign").isTrue();
    assertThat(ca.getKeyUsage()[0]).as("digitalSignature").isFalse();
    assertThat(ca.getSubjectX500Principal().getName()).contains("CN=Test CA");
  }

  @Test
  void aUsersCertificateNamesThemAndOnlyAllowsSigning() throws Exception {
    X509Certificate certificate =
        pki.user("Ғалым Қасымұлы", SignatureAlgorithms.ECDSA_P256).certificate();

    certificate.verify(pki.ca.certificate().getPublicKey());
    String subject = Names.of(certificate.getSubjectX500Principal());
    assertThat(subject).contains("CN=Ғалым Қасымұлы", "SERIALNUMBER=IIN850315401231", "OU=710001");
    assertThat(certificate.getIssuerX500Principal())
        .isEqualTo(pki.ca.certificate().getSubjectX500Principal());
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    boolean[] usage = certificate.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[1]).as("nonRepudiation").isTrue();
    assertThat(usage[2] || usage[3] || usage[4] || usage[5] || usage[6]).isFalse();
    assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.15", "2.5.29.19");
    assertThat(certificate.getExtendedKeyUsage()).as("no extended key usage").isNull();
    assertThat(certificate.getNotBefore()).isEqualTo(Date.from(TestPki.NOW));
    assertThat(certificate.getNotAfter())
        .isEqualTo(Date.from(TestPki.NOW.plus(Duration.ofDays(365))));
  }

  @Test
  void serialNumbersAreRandomAndPositive() {
    var first = pki.user("A", SignatureAlgorithms.ECDSA_P256).certificate().getSerialNumber();
    var second = pki.user("B", SignatureAlgorithms.ECDSA_P256).certificate().getSerialNumber();

    assertThat(first).isNotEqualTo(second);
    assertThat(first.signum()).isPositive();
    assertThat(first.bitLength()).isEqualTo(127);
  }

  @Test
  void noCertificateOutlivesTheCa() {
    CertificateAuthority shortLived =
        CertificateAuthority.generate(
            SignatureAlgorithms.ECDSA_P256, "Short", TestPki.NOW, Duration.ofDays(30));
    X509Certificate certificate =
        shortLived.issue(
            new CertificateAuthority.Subject("X", "x", null, null),
            SignatureAlgorithms.ECDSA_P256.generateKeyPair().getPublic(),
            TestPki.NOW,
            Duration.ofDays(365));

    assertThat(certificate.getNotAfter()).isEqualTo(shortLived.certificate().getNotAfter());
    assertThat(certificate.getSubjectX500Principal().getName()).doesNotContain("SERIALNUMBER");
  }

  @Test
  void anRsaCaIssuesForEcdsaUsersAndTheOtherWayRound() throws Exception {
    TestPki rsa = new TestPki(SignatureAlgorithms.rsa(2048));
    X509Certificate certificate = rsa.user("E", SignatureAlgorithms.ECDSA_P256).certificate();

    certificate.verify(rsa.ca.certificate().getPublicKey());
    assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SHA256withRSA");
    assertThat(pki.user("R", SignatureAlgorithms.rsa(2048)).certificate().getSigAlgName())
        .isEqualToIgnoringCase("SHA256withECDSA");
  }

  @Test
  void aNonCaCertificateCannotBeACa() {
    TestPki.User user = pki.user("U", SignatureAlgorithms.ECDSA_P256);

    assertThatThrownBy(() -> new CertificateAuthority(user.pair().getPrivate(), user.certificate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pemAndPkcs12RoundTrip() throws Exception {
    String pem = Pem.write(pki.ca.certificate());
    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Pem.certificate(pem.getBytes())).isEqualTo(pki.ca.certificate());
    assertThat(Pem.privateKey(Pem.write(pki.ca.key())).getEncoded())
        .isEqualTo(pki.ca.key().getEncoded());

    byte[] p12 =
        Pkcs12Keys.write(
            pki.ca.key(), java.util.List.of(pki.ca.certificate()), "secret".toCharArray());
    Pkcs12Keys.Opened opened = Pkcs12Keys.open(p12, "secret".toCharArray());
    assertThat(opened.certificate()).isEqualTo(pki.ca.certificate());
    assertThat(opened.key().getEncoded()).isEqualTo(pki.ca.key().getEncoded());
    assertThatThrownBy(() -> Pkcs12Keys.open(p12, "wrong".toCharArray()))
        .isInstanceOf(Pkcs12Keys.WrongPasswordException.class);
  }
}
