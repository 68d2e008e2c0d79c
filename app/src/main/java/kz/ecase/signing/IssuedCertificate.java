package kz.ecase.signing;

import java.security.cert.X509Certificate;
import java.time.Instant;
import kz.ecase.signing.crypto.Names;
import kz.ecase.signing.crypto.Pem;

/** A user's signing certificate. */
public record IssuedCertificate(X509Certificate certificate) {

  /** The serial number, lower-case hex. */
  public String serial() {
    return certificate.getSerialNumber().toString(16);
  }

  public String subject() {
    return Names.of(certificate.getSubjectX500Principal());
  }

  public String issuer() {
    return Names.of(certificate.getIssuerX500Principal());
  }

  public Instant notBefore() {
    return certificate.getNotBefore().toInstant();
  }

  public Instant notAfter() {
    return certificate.getNotAfter().toInstant();
  }

  public String pem() {
    return Pem.write(certificate);
  }
}
