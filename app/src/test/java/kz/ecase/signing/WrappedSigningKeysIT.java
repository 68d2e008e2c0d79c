package kz.ecase.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.signing.authority.KeyEncryptionKeys;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.Pem;
import kz.ecase.signing.crypto.Pkcs12Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users' keys as the database holds them: wrapped under the key-encryption key with a verifier of
 * the PIN (nothing in the row opens without the KEK), counted wrong PINs with the tries left, the
 * lock after five; and a key written before keys were wrapped (a PKCS#12 under the PIN), converted
 * the first time its PIN opens it, still signing with its certificate in a way openssl accepts.
 */
@EcaseIntegrationTest
class WrappedSigningKeysIT {

  @Autowired SigningKeys keys;
  @Autowired Signatures signatures;
  @Autowired SigningAuthority authority;
  @Autowired KeyEncryptionKeys keks;
  @Autowired Documents documents;
  @Autowired JdbcClient jdbc;
  @TempDir Path directory;

  @Test
  void aKeySetUpTodayIsWrappedOpensWithItsPinAndCountsWrongOnesUntilTheFifthLocksIt() {
    CurrentUser user = newInvestigator();
    String serial = keys.setPin(user, "246810", null).certificate().serial();

    Map<String, Object> row = row(user.username());
    assertThat(row.get("pkcs12")).as("no PKCS#12").isNull();
    assertThat(row.get("kek_id")).isEqualTo(keks.current().id());
    assertThat((byte[]) row.get("wrapped_key")).isNotEmpty();
    assertThat((byte[]) row.get("pin_verifier")).hasSize(32);
    assertThat(
            new String(
                (byte[]) row.get("wrapped_key"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("the private key is not in the row in clear")
        .doesNotContain("BEGIN");

    assertThat(keys.open(user.username(), "246810").certificate().getSerialNumber().toString(16))
        .isEqualTo(serial);
    for (int left = 4; left >= 1; left--) {
      int expected = left;
      assertThatThrownBy(() -> keys.open(user.username(), "135791"))
          .isInstanceOfSatisfying(
              WrongPinException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(expected));
    }
    assertThat(row(user.username()).get("failures")).isEqualTo(4);
    assertThatThrownBy(() -> keys.open(user.username(), "135791"))
        .isInstanceOf(PinLockedException.class);
    assertThatThrownBy(() -> keys.open(user.username(), "246810"))
        .as("locked even for the right PIN")
        .isInstanceOf(PinLockedException.class);
  }

  @Test
  void theRightPinClearsTheCountAndANewPinKeepsTheKey() {
    CurrentUser user = newInvestigator();
    String serial = keys.setPin(user, "246810", null).certificate().serial();
    assertThatThrownBy(() -> keys.open(user.username(), "111111"))
        .isInstanceOf(WrongPinException.class);
    keys.open(user.username(), "246810");
    assertThat(row(user.username()).get("failures")).isEqualTo(0);

    assertThat(keys.setPin(user, "864209", "246810").certificate().serial()).isEqualTo(serial);

    assertThatThrownBy(() -> keys.open(user.username(), "246810"))
        .as("the old PIN no longer opens it")
        .isInstanceOfSatisfying(
            WrongPinException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
    assertThat(keys.open(user.username(), "864209").certificate().getSerialNumber().toString(16))
        .isEqualTo(serial);
  }

  @Test
  void aRowCopiedToAnotherUserDoesNotOpen() {
    CurrentUser owner = newInvestigator();
    CurrentUser other = newInvestigator();
    keys.setPin(owner, "246810", null);
    keys.setPin(other, "999999", null);
    jdbc.sql(
            """
            update signing_keys set (wrapped_key, pin_verifier, kek_id, chain, serial) =
              (select wrapped_key, pin_verifier, kek_id, chain, serial from signing_keys
               where username = :owner)
            where username = :other
            """)
        .param("owner", owner.username())
        .param("other", other.username())
        .update();

    assertThatThrownBy(() -> keys.open(other.username(), "246810"))
        .as("the owner's PIN does not match a verifier bound to the owner's name")
        .isInstanceOf(WrongPinException.class);
    assertThatThrownBy(() -> keys.open(other.username(), "999999"))
        .isInstanceOf(WrongPinException.class);
  }

  @Test
  void aLegacyPkcs12IsWrappedTheFirstTimeItsPinOpensItAndStillSignsWithItsCertificate() {
    CurrentUser user = newInvestigator();
    X509Certificate certificate = legacyKey(user, "518273");
    String serial = certificate.getSerialNumber().toString(16);

    assertThatThrownBy(() -> keys.open(user.username(), "000000"))
        .as("a wrong PIN counts on a legacy key too")
        .isInstanceOfSatisfying(
            WrongPinException.class, e -> assertThat(e.attemptsLeft()).isEqualTo(4));
    assertThat(row(user.username()).get("pkcs12")).as("not converted by a wrong PIN").isNotNull();

    StoredDocument document = render();
    Signature signed = signatures.sign(user, "518273", document.sha256());

    Map<String, Object> row = row(user.username());
    assertThat(row.get("pkcs12")).as("PKCS#12 cleared").isNull();
    assertThat(row.get("kek_id")).isEqualTo(keks.current().id());
    assertThat(row.get("failures")).as("the right PIN cleared the count").isEqualTo(0);
    assertThat(signed.signers()).singleElement().extracting(Signer::serial).isEqualTo(serial);
    Openssl.Result verified =
        Openssl.verify(
            directory, document.bytes(), signed.cms(), Pem.write(authority.ca().certificate()));
    assertThat(verified.succeeded()).as(verified.output()).isTrue();

    assertThat(keys.open(user.username(), "518273").certificate()).isEqualTo(certificate);
    assertThatThrownBy(() -> keys.open(user.username(), "000000"))
        .as("after the conversion the verifier refuses the wrong PIN")
        .isInstanceOf(WrongPinException.class);
  }

  /** A key and certificate stored as the previous version of ecase stored them. */
  private X509Certificate legacyKey(CurrentUser user, String pin) {
    CertificateAuthority ca = authority.ca();
    KeyPair pair = authority.algorithm().generateKeyPair();
    Instant now = Instant.now();
    X509Certificate certificate =
        ca.issue(
            new CertificateAuthority.Subject(
                user.displayName(), user.username(), null, user.unit().value()),
            pair.getPublic(),
            now,
            Duration.ofDays(365));
    String serial = certificate.getSerialNumber().toString(16);
    try {
      jdbc.sql(
              """
              insert into signing_certificates
                (serial, username, subject, certificate, not_before, not_after, issued_at)
              values (:serial, :username, 'legacy', :der, :now, :until, :now)
              """)
          .param("serial", serial)
          .param("username", user.username())
          .param("der", certificate.getEncoded())
          .param("now", Timestamp.from(now))
          .param("until", Timestamp.from(now.plus(Duration.ofDays(365))))
          .update();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    jdbc.sql(
            """
            insert into signing_keys (username, serial, pkcs12, failures, updated_at)
            values (:username, :serial, :pkcs12, 0, :now)
            """)
        .param("username", user.username())
        .param("serial", serial)
        .param(
            "pkcs12",
            Pkcs12Keys.write(
                pair.getPrivate(), List.of(certificate, ca.certificate()), pin.toCharArray()))
        .param("now", Timestamp.from(now))
        .update();
    return certificate;
  }

  private Map<String, Object> row(String username) {
    return jdbc.sql(
            "select pkcs12, wrapped_key, kek_id, pin_verifier, failures from signing_keys"
                + " where username = :username")
        .param("username", username)
        .query()
        .singleRow();
  }

  private static CurrentUser newInvestigator() {
    String username = "kek-" + UUID.randomUUID().toString().substring(0, 8);
    return new CurrentUser(
        username, "Тест " + username, Role.INVESTIGATOR, UnitCode.of("710001"), null);
  }

  private StoredDocument render() {
    return documents.render(
        "act",
        Map.of(
            "title", "ПРОТОКОЛ",
            "number", UUID.randomUUID().toString(),
            "date", "14.03.2026",
            "place", "Астана",
            "unit", "Полиция департаменті 710001",
            "paragraphs", List.of("Әкімшілік құқық бұзушылық."),
            "author", "Тест",
            "position", "Тергеуші"),
        RecordScope.ofUnit(UnitCode.of("710001")),
        Instant.parse("2026-03-14T09:26:53Z"),
        new DocumentFacts("Хаттама", "Протокол", null));
  }
}
