package kz.ecase.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import kz.ecase.signing.authority.KeyEncryptionKeys;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.KeyEncryptionKey;
import kz.ecase.signing.crypto.Pem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A KEK rotation as docs/security.md describes it: the new KEK in {@code kek-file}, the old one in
 * {@code previous-kek-files}. A key wrapped under the old KEK opens with its PIN and is rewrapped
 * under the new one (with a new verifier); a key under a KEK that is not loaded does not open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KekRotationIT {

  static final byte[] PREVIOUS = KeyEncryptionKey.generateBytes();
  static final byte[] CURRENT = KeyEncryptionKey.generateBytes();

  @DynamicPropertySource
  static void keks(DynamicPropertyRegistry registry) {
    try {
      Path directory = Files.createTempDirectory("kek-rotation");
      registry.add("ecase.signing.kek-file", () -> ownerOnly(directory.resolve("new"), CURRENT));
      registry.add(
          "ecase.signing.previous-kek-files", () -> ownerOnly(directory.resolve("old"), PREVIOUS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Autowired SigningKeys keys;
  @Autowired SigningAuthority authority;
  @Autowired KeyEncryptionKeys keks;
  @Autowired JdbcClient jdbc;

  @Test
  void aKeyUnderThePreviousKekOpensAndIsRewrappedUnderTheCurrentOne() {
    KeyEncryptionKey previous = KeyEncryptionKey.of(PREVIOUS);
    assertThat(keks.current().id()).isEqualTo(KeyEncryptionKey.of(CURRENT).id());
    String username = "rot-" + UUID.randomUUID().toString().substring(0, 8);
    X509Certificate certificate = keyUnder(previous, username, "624801");

    assertThatThrownBy(() -> keys.open(username, "111111"))
        .isInstanceOfSatisfying(
            WrongPinException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
    assertThat(kekOf(username)).as("a wrong PIN rewraps nothing").isEqualTo(previous.id());

    assertThat(keys.open(username, "624801").certificate()).isEqualTo(certificate);

    assertThat(kekOf(username)).isEqualTo(keks.current().id());
    assertThat(keys.open(username, "624801").certificate())
        .as("opens under the current KEK")
        .isEqualTo(certificate);
    assertThatThrownBy(() -> keys.open(username, "111111"))
        .as("the new verifier refuses a wrong PIN, the count cleared by the right one")
        .isInstanceOfSatisfying(
            WrongPinException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
  }

  @Test
  void aKeyUnderAKekThatIsNotLoadedDoesNotOpen() {
    KeyEncryptionKey unknown = KeyEncryptionKey.of(KeyEncryptionKey.generateBytes());
    String username = "rot-" + UUID.randomUUID().toString().substring(0, 8);
    keyUnder(unknown, username, "624801");

    assertThatThrownBy(() -> keys.open(username, "624801"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(unknown.id())
        .hasMessageContaining("not loaded");
  }

  private X509Certificate keyUnder(KeyEncryptionKey kek, String username, String pin) {
    CertificateAuthority ca = authority.ca();
    KeyPair pair = authority.algorithm().generateKeyPair();
    Instant now = Instant.now();
    X509Certificate certificate =
        ca.issue(
            new CertificateAuthority.Subject("Rotation " + username, username, null, "710001"),
            pair.getPublic(),
            now,
            Duration.ofDays(365));
    String serial = certificate.getSerialNumber().toString(16);
    try {
      jdbc.sql(
              """
              insert into signing_certificates
                (serial, username, subject, certificate, not_before, not_after, issued_at)
              values (:serial, :username, 'rotation', :der, :now, :now, :now)
              """)
          .param("serial", serial)
          .param("username", username)
          .param("der", certificate.getEncoded())
          .param("now", Timestamp.from(now))
          .update();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    String chain = Pem.write(certificate) + Pem.write(ca.certificate());
    jdbc.sql(
            """
            insert into signing_keys (username, serial, wrapped_key, kek_id, pin_verifier, chain,
              failures, updated_at)
            values (:username, :serial, :key, :kek, :verifier, :chain, 0, :now)
            """)
        .params(
            Map.of(
                "username", username,
                "serial", serial,
                "key", kek.wrap(pair.getPrivate().getEncoded(), username, serial),
                "kek", kek.id(),
                "verifier", kek.pinVerifier(username, serial, pin.toCharArray()),
                "chain", chain.getBytes(StandardCharsets.US_ASCII),
                "now", Timestamp.from(now)))
        .update();
    return certificate;
  }

  private String kekOf(String username) {
    return jdbc.sql("select kek_id from signing_keys where username = :username")
        .param("username", username)
        .query(String.class)
        .single();
  }

  private static String ownerOnly(Path file, byte[] bytes) {
    try {
      if (!Files.exists(file)) {
        Files.write(file, bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
