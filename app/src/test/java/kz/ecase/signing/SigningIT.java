package kz.ecase.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.documents.DocumentFacts;
import kz.ecase.documents.DocumentHash;
import kz.ecase.documents.Documents;
import kz.ecase.documents.StoredDocument;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;
import kz.ecase.signing.authority.SigningAuthority;
import kz.ecase.signing.crypto.CertificateAuthority;
import kz.ecase.signing.crypto.CmsSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole path: a user sets a signing PIN over the API and gets a certificate, a document is
 * rendered and signed through the service, the PDF and the .p7s are fetched over the API and
 * checked with the real openssl against the CA certificate from the API; co-signing, the ledger
 * entries, access, lock-out and signatures made elsewhere.
 */
@EcaseIntegrationTest
class SigningIT {

  static final String PKCS7 = "application/pkcs7-signature";
  static final CurrentUser INVESTIGATOR =
      new CurrentUser(
          "investigator", "Айгүл Омарова", Role.INVESTIGATOR, UnitCode.of("710001"), null);

  @LocalServerPort int port;
  @Autowired Documents documents;
  @Autowired Signatures signatures;
  @Autowired SigningAuthority authority;
  @Autowired JdbcClient jdbc;
  @TempDir Path directory;

  HttpClientSession http;

  @BeforeEach
  void setUp() {
    http = new HttpClientSession(port);
  }

  @Test
  void setPinSignFetchAndVerifyWithOpenssl() {
    String investigator = bearer("investigator");
    resetKey("investigator");

    Reply tooShort = http.putJson("/api/signing/pin", Map.of("pin", "12345"), auth(investigator));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().get("type").asString()).endsWith("/validation");

    Reply issued = http.putJson("/api/signing/pin", Map.of("pin", "246810"), auth(investigator));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    assertThat(issued.json().get("subject").asString())
        .contains("CN=Айгүл Омарова", "UID=investigator", "OU=710001");
    assertThat(issued.json().get("certificate").asString())
        .startsWith("-----BEGIN CERTIFICATE-----");
    String serial = issued.json().get("serial").asString();

    StoredDocument document = render("710001");
    Signature signature = signatures.sign(INVESTIGATOR, "246810", document.sha256());
    assertThat(signature.version()).isEqualTo(1);
    assertThat(signature.signers()).singleElement().extracting(Signer::serial).isEqualTo(serial);

    BinaryReply pdf = http.getBytes("/api/documents/" + document.sha256(), auth(investigator));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(DocumentHash.sha256(pdf.body())).isEqualTo(document.sha256());
    BinaryReply p7s =
        http.getBytes("/api/documents/" + document.sha256() + "/signatures", auth(investigator));
    assertThat(p7s.status()).isEqualTo(200);
    assertThat(p7s.contentType()).isEqualTo(PKCS7);
    assertThat(DocumentHash.sha256(p7s.body())).isEqualTo(signature.sha256());
    Reply ca = http.get("/api/signing/ca");
    assertThat(ca.status()).as("public").isEqualTo(200);

    Openssl.Result verified = Openssl.verify(directory, pdf.body(), p7s.body(), ca.body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();
    byte[] changed = pdf.body().clone();
    changed[changed.length / 2] ^= 1;
    assertThat(Openssl.verify(directory, changed, p7s.body(), ca.body()).succeeded()).isFalse();

    String entry = awaitLedgerEntries(document.sha256(), 1).get(0);
    assertThat(entry)
        .contains("\"type\":\"signing.DocumentSigned\"")
        .contains("\"sha256\":\"" + document.sha256() + "\"")
        .contains("\"sha256\":\"" + signature.sha256() + "\"");
  }

  @Test
  void aCosignatureOverTheApiAddsASignerThatOpensslAccepts() {
    String investigator = bearer("investigator");
    String head = bearer("head");
    resetKey("investigator");
    resetKey("head");
    setPin(investigator, "135790");
    setPin(head, "975310");
    StoredDocument document = render("710001");
    Signature first = signatures.sign(INVESTIGATOR, "135790", document.sha256());

    Reply cosigned = signOverApi(head, document.sha256(), "975310");

    assertThat(cosigned.status()).as(cosigned.body()).isEqualTo(201);
    assertThat(cosigned.json().get("version").asInt()).isEqualTo(2);
    assertThat(cosigned.json().get("signers").size()).isEqualTo(2);
    Reply again = signOverApi(head, document.sha256(), "975310");
    assertThat(again.status()).isEqualTo(409);

    BinaryReply p7s =
        http.getBytes("/api/documents/" + document.sha256() + "/signatures", auth(investigator));
    BinaryReply pdf = http.getBytes("/api/documents/" + document.sha256(), auth(head));
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();

    Reply verification =
        http.get(
            "/api/signing/documents/" + document.sha256() + "/verification", auth(investigator));
    assertThat(verification.json().get("valid").asBoolean()).as(verification.body()).isTrue();
    List<String> entries = awaitLedgerEntries(document.sha256(), 2);
    assertThat(entries.get(0)).contains("\"sha256\":\"" + first.sha256() + "\"");
    assertThat(entries.get(1))
        .contains("\"type\":\"signing.DocumentCosigned\"")
        .contains("\"sha256\":\"" + cosigned.json().get("sha256").asString() + "\"");
  }

  @Test
  void aDocumentJustStoredIsSignedFromTheBytesInHandAsIfReadBack() {
    String investigator = bearer("investigator");
    resetKey("investigator");
    setPin(investigator, "864200");
    byte[] bytes = ("stored once " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    StoredDocument stored =
        documents.store(
            "application/octet-stream", bytes, RecordScope.ofUnit(UnitCode.of("710001")));
    assertThat(documents.find(stored.sha256()))
        .get()
        .as("what the store gives without reading back is what a read gives")
        .usingRecursiveComparison()
        .isEqualTo(stored);
    assertThat(
            documents
                .store("application/octet-stream", bytes, RecordScope.ofUnit(UnitCode.of("710002")))
                .scope()
                .unit())
        .as("the same bytes again: the first row, its scope")
        .isEqualTo(UnitCode.of("710001"));

    UnlockedKey key = signatures.unlock(INVESTIGATOR, "864200");
    StoredDocument document = render("710001");
    StoredDocument forged =
        new StoredDocument(
            document.sha256(),
            document.mediaType(),
            "other bytes".getBytes(StandardCharsets.UTF_8),
            document.scope(),
            document.createdAt());
    assertThatThrownBy(() -> signatures.sign(INVESTIGATOR, key, forged))
        .isInstanceOf(IllegalArgumentException.class);
    StoredDocument elsewhere = render("710002");
    assertThatThrownBy(() -> signatures.sign(INVESTIGATOR, key, elsewhere))
        .as("another unit's document, as when read back")
        .isInstanceOf(RuntimeException.class);

    Signature signature = signatures.sign(INVESTIGATOR, key, document);

    assertThat(signature.version()).isEqualTo(1);
    BinaryReply pdf = http.getBytes("/api/documents/" + document.sha256(), auth(investigator));
    BinaryReply p7s =
        http.getBytes("/api/documents/" + document.sha256() + "/signatures", auth(investigator));
    Openssl.Result verified =
        Openssl.verify(directory, pdf.body(), p7s.body(), http.get("/api/signing/ca").body());
    assertThat(verified.succeeded()).as(verified.output()).isTrue();
    assertThatThrownBy(() -> signatures.sign(INVESTIGATOR, key, document))
        .as("signed already")
        .isInstanceOf(SigningConflictException.class);
    for (String refused : List.of(elsewhere.sha256(), stored.sha256())) {
      assertThat(
              jdbc.sql("select count(*) from document_signatures where document_sha256 = :sha")
                  .param("sha", refused)
                  .query(Long.class)
                  .single())
          .isZero();
    }
  }

  @Test
  void documentsAndSignaturesStayInTheirJurisdiction() {
    String investigator = bearer("investigator");
    StoredDocument elsewhere = render("710002");

    assertThat(http.getBytes("/api/documents/" + elsewhere.sha256(), auth(investigator)).status())
        .isEqualTo(404);
    assertThat(
            http.getBytes(
                    "/api/documents/" + elsewhere.sha256() + "/signatures", auth(investigator))
                .status())
        .isEqualTo(404);
    assertThat(signOverApi(investigator, elsewhere.sha256(), "246810").status()).isEqualTo(404);
    assertThat(
            http.getBytes("/api/documents/" + elsewhere.sha256(), auth(bearer("analyst"))).status())
        .isEqualTo(403);
    assertThat(http.getBytes("/api/documents/" + elsewhere.sha256()).status()).isEqualTo(401);
    assertThat(http.getBytes("/api/documents/" + "0".repeat(64), auth(investigator)).status())
        .isEqualTo(404);
  }

  @Test
  void fiveWrongPinsLockTheKeyUntilAnAdministratorResetsIt() {
    String prosecutor = bearer("duty-prosecutor");
    resetKey("duty-prosecutor");
    setPin(prosecutor, "112233");
    String sha256 = render("710001").sha256();

    for (int left = 4; left >= 1; left--) {
      Reply wrong = signOverApi(prosecutor, sha256, "999999");
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.contentType()).startsWith("application/problem+json");
      assertThat(wrong.json().get("type").asString()).endsWith("/wrong-pin");
      assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(left);
    }
    Reply fifth = signOverApi(prosecutor, sha256, "999999");
    assertThat(fifth.status()).isEqualTo(423);
    assertThat(fifth.json().get("type").asString()).endsWith("/signing-key-locked");
    assertThat(signOverApi(prosecutor, sha256, "112233").status())
        .as("locked even for the right PIN")
        .isEqualTo(423);

    assertThat(http.delete("/api/signing/keys/duty-prosecutor", auth(prosecutor)).status())
        .as("only administrators reset")
        .isEqualTo(403);
    assertThat(http.delete("/api/signing/keys/duty-prosecutor", auth(bearer("admin"))).status())
        .isEqualTo(204);
    setPin(prosecutor, "445566");
    assertThat(signOverApi(prosecutor, sha256, "445566").status()).isEqualTo(201);
  }

  @Test
  void parallelWrongPinsCountOneByOneAndNoneIsTriedPastTheFifth() throws Exception {
    resetKey("duty-prosecutor");
    setPin(bearer("duty-prosecutor"), "121212");
    CurrentUser prosecutor =
        new CurrentUser(
            "duty-prosecutor", "Prosecutor", Role.DUTY_PROSECUTOR, UnitCode.of("710001"), null);
    int guesses = 12;
    ExecutorService threads = Executors.newFixedThreadPool(guesses);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < guesses; i++) {
        String guess = String.format("%06d", 900_000 + i);
        outcomes.add(
            threads.submit(
                () -> {
                  start.await();
                  try {
                    signatures.unlock(prosecutor, guess);
                    return "opened";
                  } catch (WrongPinException e) {
                    return "wrong, " + e.attemptsLeft() + " left";
                  } catch (PinLockedException e) {
                    return "locked";
                  }
                }));
      }
      start.countDown();
      List<String> answers = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        answers.add(outcome.get(60, TimeUnit.SECONDS));
      }
      assertThat(answers)
          .as("each wrong PIN counted after the one before: 4, 3, 2, 1 left, then locked")
          .containsOnlyOnce("wrong, 4 left", "wrong, 3 left", "wrong, 2 left", "wrong, 1 left")
          .filteredOn(answer -> answer.equals("locked"))
          .hasSize(guesses - 4);
    } finally {
      threads.shutdownNow();
    }
    assertThat(
            jdbc.sql(
                    "select failures from signing_keys where username = 'duty-prosecutor'"
                        + " and locked_at is not null")
                .query(Integer.class)
                .single())
        .isEqualTo(5);
    assertThatThrownBy(() -> signatures.unlock(prosecutor, "121212"))
        .as("locked even for the right PIN")
        .isInstanceOf(PinLockedException.class);
    resetKey("duty-prosecutor");
  }

  @Test
  void theRightPinOpensTheKeyWithoutLockingOrWritingItsRow() {
    resetKey("duty-prosecutor");
    setPin(bearer("duty-prosecutor"), "343434");
    CurrentUser prosecutor =
        new CurrentUser(
            "duty-prosecutor", "Prosecutor", Role.DUTY_PROSECUTOR, UnitCode.of("710001"), null);
    String before = rowVersion("duty-prosecutor");

    signatures.unlock(prosecutor, "343434");
    signatures.unlock(prosecutor, "343434");

    assertThat(rowVersion("duty-prosecutor"))
        .as("no row lock (xmax) and no new row version (xmin, ctid)")
        .isEqualTo(before)
        .endsWith("/0");
    assertThatThrownBy(() -> signatures.unlock(prosecutor, "000000"))
        .isInstanceOf(WrongPinException.class);
    signatures.unlock(prosecutor, "343434");
    assertThat(
            jdbc.sql("select failures from signing_keys where username = 'duty-prosecutor'")
                .query(Integer.class)
                .single())
        .as("the right PIN after a wrong one clears the count")
        .isZero();
    resetKey("duty-prosecutor");
  }

  private String rowVersion(String username) {
    return jdbc.sql(
            "select ctid::text || '/' || xmin::text || '/' || xmax::text from signing_keys"
                + " where username = :username")
        .param("username", username)
        .query(String.class)
        .single();
  }

  @Test
  void changingThePinNeedsTheCurrentOneAndKeepsTheCertificate() {
    String officer = bearer("officer");
    resetKey("officer");
    String serial = setPin(officer, "101010");

    assertThat(http.putJson("/api/signing/pin", Map.of("pin", "202020"), auth(officer)).status())
        .isEqualTo(409);
    Reply wrong =
        http.putJson(
            "/api/signing/pin", Map.of("pin", "202020", "currentPin", "303030"), auth(officer));
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.json().get("attemptsLeft").asInt()).isEqualTo(4);
    Reply changed =
        http.putJson(
            "/api/signing/pin", Map.of("pin", "202020", "currentPin", "101010"), auth(officer));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("serial").asString()).isEqualTo(serial);
    assertThat(http.get("/api/signing/certificate", auth(officer)).json().get("serial").asString())
        .isEqualTo(serial);
    assertThat(signOverApi(officer, render("710001").sha256(), "202020").status()).isEqualTo(201);
  }

  @Test
  void aSignatureMadeElsewhereIsAcceptedOnlyWhenItVerifies() {
    String investigator = bearer("investigator");
    StoredDocument document = render("710001");
    KeyPair pair = SignatureAlgorithms.rsa(2048).generateKeyPair();
    X509Certificate certificate =
        authority
            .ca()
            .issue(
                new CertificateAuthority.Subject("Token Holder", "token", null, null),
                pair.getPublic(),
                Instant.now(),
                Duration.ofDays(1));
    byte[] external =
        CmsSigner.sign(
            document.bytes(),
            SignatureAlgorithms.rsa(2048),
            pair.getPrivate(),
            List.of(certificate),
            Instant.now());
    byte[] overAnother = render("710001").bytes();
    byte[] wrong =
        CmsSigner.sign(
            overAnother,
            SignatureAlgorithms.rsa(2048),
            pair.getPrivate(),
            List.of(certificate),
            Instant.now());

    Reply rejected =
        http.postBytes(
            "/api/signing/documents/" + document.sha256() + "/signatures",
            PKCS7,
            wrong,
            auth(investigator));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.json().get("type").asString()).endsWith("/invalid-signature");
    assertThat(rejected.body()).contains("does not match the document");

    Reply accepted =
        http.postBytes(
            "/api/signing/documents/" + document.sha256() + "/signatures",
            PKCS7,
            external,
            auth(investigator));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(accepted.json().get("signers").get(0).get("subject").asString())
        .contains("CN=Token Holder");
  }

  @Test
  void theApplicationCannotChangeOrRemoveDocumentsSignaturesOrCertificates() {
    String sha256 = render("710001").sha256();

    for (String statement :
        List.of(
            "update documents set media_type = 'text/plain' where sha256 = '" + sha256 + "'",
            "delete from documents where sha256 = '" + sha256 + "'",
            "update document_signatures set cms = '' where document_sha256 = '" + sha256 + "'",
            "delete from document_signatures",
            "delete from signing_certificates",
            "delete from signing_revocations")) {
      assertThatThrownBy(() -> jdbc.sql(statement).update())
          .as(statement)
          .rootCause()
          .message()
          .containsAnyOf("permission denied", "not allowed");
    }
  }

  private StoredDocument render(String unit) {
    return documents.render(
        "act",
        Map.of(
            "title", "ПРОТОКОЛ",
            "number", UUID.randomUUID().toString(),
            "date", "14.03.2026",
            "place", "Астана",
            "unit", "Полиция департаменті " + unit,
            "paragraphs", List.of("Әкімшілік құқық бұзушылық.", "Текст."),
            "author", "Айгүл Омарова",
            "position", "Тергеуші"),
        RecordScope.ofUnit(UnitCode.of(unit)),
        Instant.parse("2026-03-14T09:26:53Z"),
        new DocumentFacts("Хаттама", "Протокол", null));
  }

  private List<String> awaitLedgerEntries(String documentSha256, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      List<byte[]> entries =
          jdbc.sql("select entry from ledger_entries where record_key = :key order by idx")
              .param("key", "document/" + documentSha256)
              .query(byte[].class)
              .list();
      if (entries.size() >= count || System.nanoTime() > deadline) {
        assertThat(entries).hasSize(count);
        return entries.stream().map(e -> new String(e, StandardCharsets.UTF_8)).toList();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String setPin(String token, String pin) {
    Reply reply = http.putJson("/api/signing/pin", Map.of("pin", pin), auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("serial").asString();
  }

  private Reply signOverApi(String token, String sha256, String pin) {
    return http.postJson(
        "/api/signing/documents/" + sha256 + "/signatures", Map.of("pin", pin), auth(token));
  }

  private void resetKey(String username) {
    int status = http.delete("/api/signing/keys/" + username, auth(bearer("admin"))).status();
    assertThat(status).isIn(204, 404);
  }

  private String bearer(String username) {
    return http.token(username, "demo");
  }

  private static String[] auth(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }
}
