package kz.ecase.signing.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.ecase.platform.EcaseProperties;
import kz.ecase.signing.SignatureAlgorithm;
import kz.ecase.signing.SignatureAlgorithms;
import kz.ecase.signing.SigningProperties;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningAuthorityTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

  @TempDir Path data;

  @Test
  void aCaIsGeneratedOnFirstStartUnderTheDataDirectoryAndKept() throws Exception {
    SigningAuthority first = authority(properties("ECDSA-P256", "", "", "", ""));

    assertThat(data.resolve("signing/ca.pem")).exists();
    assertThat(data.resolve("signing/ca-key.pem")).exists();
    assertThat(first.ca().certificate().getSubjectX500Principal().getName())
        .contains("CN=ecase signing CA");
    assertThat(first.problems()).singleElement().asString().contains("ECASE_SIGNING_CA_KEY");

    SigningAuthority second = authority(properties("ECDSA-P256", "", "", "", ""));
    assertThat(second.ca().certificate()).isEqualTo(first.ca().certificate());
    assertThat(second.trustAnchors()).containsExactly(first.ca().certificate());
  }

  @Test
  void aConfiguredCaFromPemOrPkcs12IsUsedAndProductionMayStart() throws Exception {
    CertificateAuthority ca =
        CertificateAuthority.generate(
            SignatureAlgorithms.rsa(2048), "Configured CA", CLOCK.instant(), Duration.ofDays(30));
    Path key = Files.writeString(data.resolve("key.pem"), Pem.write(ca.key()));
    Path certificate = Files.writeString(data.resolve("ca.pem"), Pem.write(ca.certificate()));
    Path p12 =
        Files.write(
            data.resolve("ca.p12"),
            Pkcs12Keys.write(ca.key(), List.of(ca.certificate()), "secret".toCharArray()));

    SigningAuthority fromPem =
        authority(properties("RSA-3072", key.toString(), certificate.toString(), "", ""));
    SigningAuthority fromP12 =
        authority(properties("ECDSA-P256", "", "", p12.toString(), "secret"));

    assertThat(fromPem.ca().certificate()).isEqualTo(ca.certificate());
    assertThat(fromPem.problems()).isEmpty();
    assertThat(fromPem.algorithm().name()).isEqualTo("RSA-3072");
    assertThat(fromP12.ca().certificate()).isEqualTo(ca.certificate());
    assertThat(data.resolve("signing")).doesNotExist();
    assertThatThrownBy(() -> authority(properties("ECDSA-P256", "", "", p12.toString(), "wrong")))
        .hasMessageContaining("ECASE_SIGNING_CA_P12_PASSWORD");
  }

  @Test
  void furtherTrustAnchorsComeFromConfiguration() throws Exception {
    CertificateAuthority national =
        CertificateAuthority.generate(
            SignatureAlgorithms.ECDSA_P256, "National CA", CLOCK.instant(), Duration.ofDays(30));
    Path anchors =
        Files.writeString(data.resolve("anchors.pem"), Pem.write(national.certificate()));
    SigningProperties properties =
        new SigningProperties(
            "ECDSA-P256",
            "",
            "",
            "",
            "",
            "ecase signing CA",
            anchors.toString(),
            "",
            Duration.ofDays(365),
            5,
            "",
            "");

    assertThat(authority(properties).trustAnchors()).hasSize(2).contains(national.certificate());
  }

  @Test
  void anUnknownAlgorithmIsRefusedAndAPluginIsChosenByName() {
    assertThatThrownBy(() -> SigningAuthority.choose("GOST-34.310", List.of()))
        .hasMessageContaining("Unknown signing algorithm GOST-34.310");
    assertThatThrownBy(() -> SigningAuthority.choose("RSA-1024", List.of()))
        .isInstanceOf(IllegalArgumentException.class);

    SignatureAlgorithm plugin =
        new SignatureAlgorithm() {
          @Override
          public String name() {
            return "GOST-34.310";
          }

          @Override
          public KeyPair generateKeyPair() {
            throw new UnsupportedOperationException();
          }

          @Override
          public String jcaSignatureAlgorithm() {
            return "ECGOST3410-2012-256";
          }

          @Override
          public Provider provider() {
            return SignatureAlgorithms.BOUNCY_CASTLE;
          }
        };
    assertThat(SigningAuthority.choose("gost-34.310", List.of(plugin))).isSameAs(plugin);
    assertThat(SigningAuthority.choose("ECDSA-P256", List.of(plugin)))
        .isSameAs(SignatureAlgorithms.ECDSA_P256);
  }

  private SigningAuthority authority(SigningProperties properties) {
    return new SigningAuthority(
        properties,
        new EcaseProperties(data, java.time.ZoneId.of("Asia/Almaty")),
        List.of(),
        CLOCK);
  }

  private static SigningProperties properties(
      String algorithm, String key, String certificate, String p12, String password) {
    return new SigningProperties(
        algorithm,
        key,
        certificate,
        p12,
        password,
        "ecase signing CA",
        "",
        "",
        Duration.ofDays(365),
        5,
        "",
        "");
  }
}
