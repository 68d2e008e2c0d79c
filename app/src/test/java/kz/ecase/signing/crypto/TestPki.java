package kz.ecase.signing.crypto;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;

/** A CA and users' keys for tests, at a fixed time. */
final class TestPki {

  static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");

  final CertificateAuthority ca;
  final Instant now;

  TestPki(SignatureAlgorithm algorithm, Instant now) {
    this.now = now;
    this.ca = CertificateAuthority.generate(algorithm, "Test CA", now, Duration.ofDays(3650));
  }

  TestPki(SignatureAlgorithm algorithm) {
    this(algorithm, NOW);
  }

  TestPki() {
    this(SignatureAlgorithms.ECDSA_P256);
  }

  /** A user's key and certificate (valid a year from {@link #NOW}). */
  User user(String name, SignatureAlgorithm algorithm) {
    KeyPair pair = algorithm.generateKeyPair();
    X509Certificate certificate =
        ca.issue(
            new CertificateAuthority.Subject(name, name.toLowerCase(), "850315401231", "710001"),
            pair.getPublic(),
            now,
            Duration.ofDays(365));
    return new User(algorithm, pair, certificate, now);
  }

  CmsVerifier verifier() {
    return new CmsVerifier(
        List.of(ca.certificate()),
        List.of(),
        CmsVerifier.Revocations.NONE,
        List.of(SignatureAlgorithms.BOUNCY_CASTLE));
  }

  record User(
      SignatureAlgorithm algorithm, KeyPair pair, X509Certificate certificate, Instant now) {

    byte[] sign(byte[] content) {
      return CmsSigner.sign(content, algorithm, pair.getPrivate(), List.of(certificate), now);
    }

    byte[] cosign(byte[] existing, byte[] content) {
      return CmsSigner.cosign(
          existing, content, algorithm, pair.getPrivate(), List.of(certificate), now);
    }
  }
}
