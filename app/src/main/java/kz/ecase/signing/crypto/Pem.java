package kz.ecase.signing.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM and DER in and out: certificates, CRLs and unencrypted private keys. */
public final class Pem {

  private Pem() {}

  public static String write(Object object) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** A private key from PEM: PKCS#8 ({@code PRIVATE KEY}) or an EC/RSA key pair. */
  public static PrivateKey privateKey(String pem) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      Object object = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (object instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      if (object instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      throw new IllegalArgumentException("Not an unencrypted PEM private key");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every certificate in PEM text or DER bytes. */
  public static List<X509Certificate> certificates(byte[] pemOrDer) {
    try {
      Collection<? extends java.security.cert.Certificate> certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pemOrDer));
      List<X509Certificate> list = new ArrayList<>();
      certificates.forEach(c -> list.add((X509Certificate) c));
      return list;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not X.509 certificates: " + e.getMessage(), e);
    }
  }

  public static X509Certificate certificate(byte[] pemOrDer) {
    List<X509Certificate> certificates = certificates(pemOrDer);
    if (certificates.size() != 1) {
      throw new IllegalArgumentException("Expected one certificate, found " + certificates.size());
    }
    return certificates.get(0);
  }

  /** Every CRL in PEM text or DER bytes. */
  public static List<X509CRL> crls(byte[] pemOrDer) {
    try {
      Collection<? extends CRL> crls =
          CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(pemOrDer));
      List<X509CRL> list = new ArrayList<>();
      crls.forEach(c -> list.add((X509CRL) c));
      return list;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not X.509 CRLs: " + e.getMessage(), e);
    }
  }
}
