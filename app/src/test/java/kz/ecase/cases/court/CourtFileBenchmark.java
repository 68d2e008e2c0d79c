package kz.ecase.cases.court;

import static kz.ecase.investigations.ReportApi.auth;
import static kz.ecase.investigations.ReportApi.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import kz.ecase.cases.court.CourtFileBuilder.CourtFile;
import kz.ecase.cases.court.CourtOutbox.Claimed;
import kz.ecase.cases.court.integration.CourtSystem;
import kz.ecase.investigations.ReportApi;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.testing.Eventually;
import kz.ecase.verifier.CourtFileCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A benchmark, not a test: the court file of a case with 200 acts (see docs/BENCHMARKS.md), {@code
 * ./mvnw -pl app -am test -Dtest=CourtFileBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It
 * builds the case through the HTTP API (signed protocols, some with photos; the order-procedure
 * protocol approved last, which queues the file), then times sealing the file and building it as
 * the dispatcher does, and the verifier's check of it. It prints numbers and asserts nothing about
 * time; the suite never runs it (the name matches no pattern).
 */
@EcaseIntegrationTest
class CourtFileBenchmark {

  static final String PIN = "112358";

  @LocalServerPort int port;
  @Autowired CourtFileBuilder builder;
  @Autowired CourtReferrals referrals;
  @Autowired CourtOutbox outbox;
  @Autowired CourtSystem court;
  @Autowired JdbcClient jdbc;

  HttpClientSession http;
  String token;

  @Test
  void courtFileOfACaseWith200Acts() throws Exception {
    int acts = Integer.getInteger("bench.acts", 200);
    int photos = Integer.getInteger("bench.photos", 10);
    int rounds = Integer.getInteger("bench.rounds", 10);
    http = new HttpClientSession(port);
    ReportApi officer = ReportApi.withPin(http, "officer", PIN);
    ReportApi investigator = ReportApi.withPin(http, "investigator", PIN);
    ReportApi duty = ReportApi.withPin(http, "duty-prosecutor", PIN);
    token = investigator.token;

    Instant setUp = Instant.now();
    String reportId = officer.receive(ReportApi.theft(PIN));
    investigator.stepped(
        reportId, decision("REGISTER", PIN, "article", "188-1", "form", "ORDER_PROCEDURE"));
    String caseId =
        http.get("/api/cases/by-report/" + reportId, auth(token)).json().get("id").asString();
    String suspect = participant(caseId, "SUSPECT", "791028302728");
    String victim = participant(caseId, "VICTIM", "850315401231");
    sign(
        caseId,
        Map.of("kind", "RECOGNISE_VICTIM", "text", "Причинён вред", "participantId", victim));
    sign(
        caseId,
        Map.of(
            "kind",
            "INTERROGATION_PROTOCOL",
            "text",
            "Вину признаю.",
            "participantId",
            suspect,
            "admits",
            true));
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
    // OPEN, 2 participants, 2 documents so far; the protocol and its approval make the last two
    int inspections = acts - 7;
    for (int i = 0; i < inspections; i++) {
      Map<String, Object> form = new HashMap<>();
      form.put("kind", "INSPECTION_PROTOCOL");
      form.put("text", "Осмотр № " + (i + 1) + ": место происшествия, изъятые предметы, следы.");
      if (photos > 0 && i % Math.max(1, inspections / photos) == 0) {
        byte[] photo = new byte[200_000];
        random.nextBytes(photo);
        String sha = upload(caseId, "photo-" + i + ".jpg", photo);
        form.put("media", List.of(Map.of("name", "photo-" + i + ".jpg", "sha256", sha)));
      }
      sign(caseId, form);
    }
    String protocol =
        sign(caseId, Map.of("kind", "ORDER_PROTOCOL", "text", "Вина подтверждается признанием"));
    Map<String, Object> approve = new HashMap<>();
    approve.put("decision", "APPROVE");
    approve.put("pin", PIN);
    long approveStart = System.nanoTime();
    Reply approved =
        http.postJson("/api/cases/documents/" + protocol + "/decision", approve, auth(duty.token));
    long approveMillis = (System.nanoTime() - approveStart) / 1_000_000;
    assertThat(approved.status()).as(approved.body()).isEqualTo(201);
    Duration building = Duration.between(setUp, Instant.now());

    String reference =
        jdbc.sql("select reference from court_referrals where case_id = :id::uuid")
            .param("id", caseId)
            .query(String.class)
            .single();
    Claimed sending =
        Eventually.within(
            Duration.ofSeconds(30),
            () ->
                outbox
                    .claim(
                        Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(1), 1, reference)
                    .stream()
                    .findFirst()
                    .orElse(null),
            c -> c != null);
    List<Long> sealMillis = new ArrayList<>();
    long sealStart = System.nanoTime();
    Claimed sealed = referrals.seal(sending);
    sealMillis.add((System.nanoTime() - sealStart) / 1_000_000);
    assertThat(builder.awaitSequenced(sealed.sealReceipt(), Duration.ofSeconds(30))).isTrue();
    CourtSystem.KnownCheckpoint known = court.checkpoint();
    List<Long> buildMillis = new ArrayList<>();
    CourtFile file = null;
    for (int round = 0; round < rounds + 2; round++) {
      long start = System.nanoTime();
      file =
          builder.build(
              UUID.fromString(caseId),
              sealed.manifestSha256(),
              sealed.sealReceipt(),
              sealed.sentAt(),
              known);
      if (round >= 2) {
        buildMillis.add((System.nanoTime() - start) / 1_000_000);
      }
    }
    NoteVerifier trusted =
        NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
    List<Long> checkMillis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      CourtFileCheck.Result checked =
          CourtFileCheck.check(new ByteArrayInputStream(file.zip()), trusted, null);
      checkMillis.add((System.nanoTime() - start) / 1_000_000);
      assertThat(checked.problems()).isEmpty();
    }
    JsonNode view = http.get("/api/cases/" + caseId, auth(token)).json();
    buildMillis.sort(Long::compare);
    checkMillis.sort(Long::compare);
    System.out.printf(
        "%nCOURT FILE BENCHMARK: %d steps (%d document versions, %d photos of 200 kB), set up in %d"
            + " s; approval %d ms; seal (manifest, signatures copied, ledger entry) %d ms; file %d"
            + " bytes, bundle to a checkpoint of %d entries;"
            + " build (%d rounds after 2 warm-up) min %d ms, median %d ms, max %d ms; verifier"
            + " check min %d ms, median %d ms, max %d ms%n%n",
        view.get("steps").size(),
        view.get("documents").size(),
        photos,
        building.toSeconds(),
        approveMillis,
        sealMillis.get(0),
        file.zip().length,
        file.treeSize(),
        rounds,
        buildMillis.get(0),
        buildMillis.get(buildMillis.size() / 2),
        buildMillis.get(buildMillis.size() - 1),
        checkMillis.get(0),
        checkMillis.get(checkMillis.size() / 2),
        checkMillis.get(checkMillis.size() - 1));
  }

  private String participant(String caseId, String role, String iin) {
    Reply reply =
        http.postJson(
            "/api/cases/" + caseId + "/participants",
            Map.of("role", role, "iin", iin),
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  private String sign(String caseId, Map<String, Object> document) {
    Map<String, Object> form = new HashMap<>(document);
    form.put("pin", PIN);
    Reply reply = http.postJson("/api/cases/" + caseId + "/documents", form, auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asString();
  }

  private String upload(String caseId, String name, byte[] bytes) {
    String boundary = "court-file-benchmark";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    Reply reply =
        http.postBytes(
            "/api/cases/" + caseId + "/media",
            "multipart/form-data; boundary=" + boundary,
            body,
            auth(token));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("sha256").asString();
  }
}
