package kz.ecase.signing.authority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.SecretFiles;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.SigningProperties;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.CmsVerifier;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import org.springframework.stereotype.Component;

/**
 * ecase's certificate authority, the users' key algorithm and the trust anchors. The CA comes from
 * configuration (PEM key and certificate, or a PKCS#12), or is generated on first start under
 * {@code <data-directory>/signing/} and kept there.
 */
@Component
public class SigningAuthority implements ProductionCheck {

  private final CertificateAuthority ca;
  private final boolean configured;
  private final SignatureAlgorithm algorithm;
  private final List<SignatureAlgorithm> algorithms;
  private final List<X509Certificate> trustAnchors;
  private final List<X509CRL> crls;

  SigningAuthority(
      SigningProperties properties,
      EcaseProperties ecase,
      List<SignatureAlgorithm> plugins,
      Clock clock) {
    this.algorithms = new ArrayList<>(plugins);
    this.algorithm = choose(properties.algorithm(), plugins);
    this.configured = !properties.caPkcs12().isBlank() || !properties.caKey().isBlank();
    this.ca =
        configured
            ? configured(properties)
            : generatedIn(ecase.dataDirectory().resolve("signing"), properties, clock);
    Set<X509Certificate> anchors = new LinkedHashSet<>(List.of(ca.certificate()));
    for (Path file : paths(properties.trustAnchors())) {
      anchors.addAll(Pem.certificates(read(file)));
    }
    this.trustAnchors = List.copyOf(anchors);
    List<X509CRL> lists = new ArrayList<>();
    for (Path file : paths(properties.crls())) {
      lists.addAll(Pem.crls(read(file)));
    }
    this.crls = List.copyOf(lists);
  }

  public CertificateAuthority ca() {
    return ca;
  }

  /** The algorithm of new users' keys. */
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /** A verifier that trusts the anchors, checks the CRLs and the given revocations. */
  public CmsVerifier verifier(CmsVerifier.Revocations revocations) {
    Set<Provider> providers = new LinkedHashSet<>(List.of(SignatureAlgorithms.BOUNCY_CASTLE));
    algorithms.forEach(a -> providers.add(a.provider()));
    return new CmsVerifier(trustAnchors, crls, revocations, List.copyOf(providers));
  }

  @Override
  public List<String> problems() {
    return configured
        ? List.of()
        : List.of(
            "no signing CA: set ECASE_SIGNING_CA_KEY and ECASE_SIGNING_CA_CERT, or"
                + " ECASE_SIGNING_CA_P12");
  }

  static SignatureAlgorithm choose(String name, List<SignatureAlgorithm> plugins) {
    return plugins.stream()
        .filter(plugin -> plugin.name().equalsIgnoreCase(name))
        .findFirst()
        .or(() -> SignatureAlgorithms.builtIn(name))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Unknown signing algorithm "
                        + name
                        + ": use ECDSA-P256, RSA-2048 (or more bits) or a plug-in's name"));
  }

  private static CertificateAuthority configured(SigningProperties properties) {
    if (!properties.caPkcs12().isBlank()) {
      try {
        Pkcs12Keys.Opened opened =
            Pkcs12Keys.open(
                read(Path.of(properties.caPkcs12())), properties.caPkcs12Password().toCharArray());
        return new CertificateAuthority(opened.key(), opened.certificate());
      } catch (Pkcs12Keys.WrongPasswordException e) {
        throw new IllegalStateException("ECASE_SIGNING_CA_P12_PASSWORD does not open the CA", e);
      }
    }
    if (properties.caCertificate().isBlank()) {
      throw new IllegalStateException("ECASE_SIGNING_CA_KEY needs ECASE_SIGNING_CA_CERT");
    }
    return new CertificateAuthority(
        Pem.privateKey(new String(read(Path.of(properties.caKey())), StandardCharsets.US_ASCII)),
        Pem.certificate(read(Path.of(properties.caCertificate()))));
  }

  private static CertificateAuthority generatedIn(
      Path directory, SigningProperties properties, Clock clock) {
    Path key = directory.resolve("ca-key.pem");
    Path certificate = directory.resolve("ca.pem");
    try {
      if (Files.exists(key) && Files.exists(certificate)) {
        return new CertificateAuthority(
            Pem.privateKey(SecretFiles.readString(key)),
            Pem.certificate(Files.readAllBytes(certificate)));
      }
      SignatureAlgorithm caAlgorithm =
          SignatureAlgorithms.builtIn(properties.algorithm())
              .orElse(SignatureAlgorithms.ECDSA_P256);
      CertificateAuthority generated =
          CertificateAuthority.generate(
              caAlgorithm, properties.caName(), clock.instant(), Duration.ofDays(3653));
      SecretFiles.write(key, Pem.write(generated.key()));
      Files.writeString(certificate, Pem.write(generated.certificate()));
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the signing CA in " + directory, e);
    }
  }

  private static List<Path> paths(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Path::of)
        .toList();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
