package kz.ecase.cases;

import static kz.ecase.cases.CaseApi.document;
import static kz.ecase.investigations.ReportApi.auth;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.BinaryReply;
import kz.ecase.TestAccounts;
import kz.ecase.cases.court.CourtAnswers;
import kz.ecase.cases.court.CourtDispatcher;
import kz.ecase.investigations.ReportApi;
import kz.ecase.merkle.NoteVerifier;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.signing.Openssl;
import kz.ecase.simulators.Behaviour;
import kz.ecase.simulators.Court;
import kz.ecase.simulators.CourtCase;
import kz.ecase.simulators.CourtSettings;
import kz.ecase.simulators.Latency;
import kz.ecase.simulators.RegistrySimulators;
import kz.ecase.testing.Eventually;
import kz.ecase.verifier.CourtFileCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The way to court through the HTTP API and the court outbox's jobs (called here with the real
 * clock; the test profile runs none on its own): the approved order-procedure protocol seals the
 * case file, the dispatcher sends it to the simulated court, the court's receipt, return and
 * decision come back as the case's steps; the file checks offline with the verifier and every PDF
 * with openssl.
 */
@EcaseIntegrationTest
class CaseToCourtIT {

  static final String PIN = "135791";
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CourtDispatcher dispatcher;
  @Autowired CourtAnswers answers;
  @Autowired EmbeddedSimulators simulators;

  HttpClientSession http;
  OrderProcedureCases cases;
  ReportApi investigatorReports;
  CaseApi investigator;
  CaseApi dutyProsecutor;
  Court court;
  NoteVerifier trusted;

  @BeforeEach
  void staffAndCourt() {
    http = new HttpClientSession(port);
    cases = new OrderProcedureCases(http, PIN);
    investigatorReports = cases.investigatorReports;
    investigator = cases.investigator;
    dutyProsecutor = cases.dutyProsecutor;
    court = simulators.running(RegistrySimulators.class).court();
    court.configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 5)));
    court.configure(CourtSettings.MANUAL);
    trusted = NoteVerifier.fromVerifierKey(http.get("/api/ledger/verifying-key").body().strip());
  }

  @Test
  void shopliftingGoesToCourtInAFileThatChecksOfflineAndClosesWithTheCourtsOrder(@TempDir Path dir)
      throws Exception {
    String caseId = orderProtocolApproved();
    String reference = referenceOf(caseId, 1);
    assertThat(status(caseId)).isEqualTo("SENT_TO_COURT");
    assertThat(
            http.getBytes("/api/cases/" + caseId + "/court-file", auth(investigator.token))
                .status())
        .as("not before the court has it")
        .isEqualTo(404);

    send(reference);
    CourtCase opened = court.caseOf(reference).orElseThrow();
    assertThat(opened.erdrNumber()).isEqualTo(erdrOf(caseId));
    assertThat(opened.procedure()).isEqualTo("ORDER_PROTOCOL");
    assertThat(status(caseId)).isEqualTo("IN_COURT");
    assertThat(dispatcher.dispatch(reference, Instant.now().plus(Duration.ofDays(1))))
        .as("delivered: nothing more to send")
        .isFalse();
    assertThat(court.casesCreated(reference)).isEqualTo(1);
    assertThat(court.submissions(reference)).isEqualTo(1);

    BinaryReply file =
        http.getBytes("/api/cases/" + caseId + "/court-file", auth(investigator.token));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("application/zip");
    CourtFileCheck.Result checked = check(file.body());
    assertThat(checked.problems()).isEmpty();
    assertThat(check(court.fileOf(opened.caseNumber()).orElseThrow()).problems()).isEmpty();
    Map<String, byte[]> contents = unzip(file.body());
    JsonNode manifest = JSON.readTree(contents.get("manifest.json"));
    assertThat(manifest.get("reference").asString()).isEqualTo(reference);
    assertThat(manifest.get("documents").valueStream().map(d -> d.get("kind").asString()))
        .containsExactly("RECOGNISE_VICTIM", "INTERROGATION_PROTOCOL", "ORDER_PROTOCOL");
    JsonNode protocol = manifest.get("documents").get(2);
    assertThat(protocol.get("signers")).as("the author and the duty prosecutor").hasSize(2);
    String audio = manifest.get("documents").get(1).get("media").get(0).get("file").asString();
    assertThat(audio).endsWith("-dopros.mp3");
    assertThat(contents.get(audio)).containsExactly(1, 2, 3, 4);

    everyChangedByteIsFound(contents);
    everyPdfVerifiesWithOpenssl(manifest, contents, dir);
    theVerifierJarChecksIt(file.body(), contents, dir);

    court.decide(opened.caseNumber(), "ORDER", "Назначить штраф в размере 100 МРП");
    assertThat(answers.poll(Instant.now())).isGreaterThanOrEqualTo(1);
    assertThat(answers.poll(Instant.now())).as("each answer once").isZero();
    JsonNode closed = investigator.viewed(caseId);
    assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
    List<JsonNode> steps = closed.get("steps").valueStream().toList();
    assertThat(steps.stream().map(s -> s.get("step").asString()).toList())
        .endsWith("SEND_TO_COURT", "COURT_RECEIVED", "COURT_DECIDED");
    assertThat(steps.get(steps.size() - 1).get("actor").asString()).isEqualTo("court");
    assertThat(alerts("investigator", "cases.court-decided", caseId)).isEqualTo(1);
    String decision = steps.get(steps.size() - 1).get("documentSha256").asString();
    byte[] asReported =
        http.getBytes("/api/documents/" + decision, auth(investigator.token)).body();
    assertThat(JSON.readTree(asReported).get("decisionText").asString())
        .isEqualTo("Назначить штраф в размере 100 МРП");
    investigatorReports.assertBundleVerifies("case", caseId, steps.size() + 1);
  }

  @Test
  void aCaseTheCourtReturnsIsInvestigatedAgainAndSentWithProofFromTheCourtsCheckpoint()
      throws Exception {
    String caseId = orderProtocolApproved();
    String first = referenceOf(caseId, 1);
    send(first);
    String number = court.caseOf(first).orElseThrow().caseNumber();
    long known = court.checkpoint().treeSize();
    assertThat(known).as("the court learned ecase's checkpoint from the file").isPositive();

    court.returnCase(number, "Нет заключения товароведческой экспертизы");
    assertThat(answers.poll(Instant.now())).isGreaterThanOrEqualTo(1);
    assertThat(status(caseId)).isEqualTo("INVESTIGATING");
    assertThat(alerts("investigator", "cases.court-returned", caseId)).isEqualTo(1);
    JsonNode returned = investigator.viewed(caseId);
    List<JsonNode> soFar = returned.get("steps").valueStream().toList();
    Instant returnedAt = Instant.parse(soFar.get(soFar.size() - 1).get("at").asString());
    assertThat(
            Duration.between(returnedAt, Instant.parse(returned.get("deadline").asString()))
                .toDays())
        .as("a new term of up to a month from the return, not the order procedure's spent days")
        .isBetween(28L, 31L);

    JsonNode again =
        investigator.signed(
            caseId,
            document(
                "ORDER_PROTOCOL",
                "Приобщено заключение экспертизы: стоимость ноутбука 240 000 тг"));
    assertThat(dutyProsecutor.decide(again.get("id").asString(), "APPROVE", null).status())
        .isEqualTo(201);
    String second = referenceOf(caseId, 2);
    assertThat(second).isNotEqualTo(first);
    send(second);

    byte[] file = court.fileOf(court.caseOf(second).orElseThrow().caseNumber()).orElseThrow();
    JsonNode consistency = JSON.readTree(unzip(file).get("consistency.json"));
    assertThat(consistency.get("fromSize").asLong())
        .as("proved from the checkpoint the court knew")
        .isEqualTo(known);
    assertThat(check(file).problems()).isEmpty();

    court.configure(CourtSettings.autoDecidingAfter(Duration.ZERO));
    assertThat(answers.poll(Instant.now())).isGreaterThanOrEqualTo(1);
    assertThat(status(caseId)).isEqualTo("CLOSED");
    List<String> steps =
        investigator
            .viewed(caseId)
            .get("steps")
            .valueStream()
            .map(s -> s.get("step").asString())
            .toList();
    assertThat(steps)
        .endsWith(
            "SEND_TO_COURT",
            "COURT_RECEIVED",
            "COURT_RETURNED",
            "SIGN_DOCUMENT",
            "SEND_TO_COURT",
            "COURT_RECEIVED",
            "COURT_DECIDED");
  }

  @Test
  void twoInstancesSendingAndAskingAtOnceRecordEachAnswerOnce() throws Exception {
    String caseId = orderProtocolApproved();
    String reference = referenceOf(caseId, 1);
    List<CompletableFuture<Boolean>> sending = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      sending.add(
          CompletableFuture.supplyAsync(() -> dispatcher.dispatch(reference, Instant.now())));
    }
    long accepted = sending.stream().filter(CompletableFuture::join).count();
    assertThat(accepted).as("one of them claimed it").isEqualTo(1);
    assertThat(court.submissions(reference)).isEqualTo(1);

    court.decide(court.caseOf(reference).orElseThrow().caseNumber(), "ORDER", "Штраф");
    List<CompletableFuture<Integer>> asking = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      asking.add(CompletableFuture.supplyAsync(() -> answers.poll(Instant.now())));
    }
    asking.forEach(CompletableFuture::join);
    answers.poll(Instant.now());

    List<String> steps =
        investigator
            .viewed(caseId)
            .get("steps")
            .valueStream()
            .map(s -> s.get("step").asString())
            .toList();
    assertThat(steps.stream().filter("COURT_RECEIVED"::equals).count()).isEqualTo(1);
    assertThat(steps.stream().filter("COURT_DECIDED"::equals).count()).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from court_facts where reference = :r")
                .param("r", reference)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anotherUnitsInvestigatorGetsNoCourtFile() {
    String caseId = orderProtocolApproved();
    send(referenceOf(caseId, 1));
    String stranger = TestAccounts.create(http, "710002", "INVESTIGATOR", null);
    String token = http.token(stranger, TestAccounts.PASSWORD);

    assertThat(http.getBytes("/api/cases/" + caseId + "/court-file", auth(token)).status())
        .isEqualTo(404);
    assertThat(http.getBytes("/api/cases/" + caseId + "/court-file").status()).isEqualTo(401);
    assertThat(
            http.getBytes("/api/cases/" + caseId + "/court-file", auth(dutyProsecutor.token))
                .status())
        .isEqualTo(200);
  }

  /** A shoplifting case in the order procedure whose protocol the duty prosecutor approved. */
  private String orderProtocolApproved() {
    return cases.approved();
  }

  /** The reference of the case's {@code n}-th sending to court. */
  private String referenceOf(String caseId, int n) {
    return OrderProcedureCases.referenceOf(jdbc, caseId, n);
  }

  /** Sends the file as the dispatcher job would (it seals the file first). */
  private void send(String reference) {
    Eventually.within(
        Duration.ofSeconds(20),
        () -> dispatcher.dispatch(reference, Instant.now().plusSeconds(5)),
        Boolean::booleanValue);
  }

  private CourtFileCheck.Result check(byte[] zip) throws IOException {
    return CourtFileCheck.check(new ByteArrayInputStream(zip), trusted, null);
  }

  /** Changing a byte of any file (its first, its last, and some between) is found. */
  private void everyChangedByteIsFound(Map<String, byte[]> contents) throws IOException {
    long seed = System.nanoTime();
    RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    for (Map.Entry<String, byte[]> file : contents.entrySet()) {
      int length = file.getValue().length;
      List<Integer> positions = new ArrayList<>(List.of(0, length / 2, length - 1));
      for (int i = 0; i < 5; i++) {
        positions.add(random.nextInt(length));
      }
      for (int at : positions) {
        Map<String, byte[]> changed = new LinkedHashMap<>(contents);
        byte[] bytes = file.getValue().clone();
        bytes[at] ^= (byte) (1 + random.nextInt(255));
        changed.put(file.getKey(), bytes);
        assertThat(check(zip(changed)).problems())
            .as("seed %d: byte %d of %s changed", seed, at, file.getKey())
            .isNotEmpty();
      }
    }
  }

  private void everyPdfVerifiesWithOpenssl(
      JsonNode manifest, Map<String, byte[]> contents, Path dir) {
    String ca = http.get("/api/signing/ca").body();
    int verified = 0;
    for (JsonNode document : manifest.get("documents")) {
      byte[] pdf = contents.get(document.get("pdf").asString());
      byte[] p7s = contents.get(document.get("signature").asString());
      Openssl.Result result = Openssl.verify(dir, pdf, p7s, ca);
      assertThat(result.succeeded())
          .as(document.get("pdf").asString() + ": " + result.output())
          .isTrue();
      verified++;
    }
    assertThat(verified).isEqualTo(3);
  }

  /** The one documented command, when the verifier's jar is built: 0 for the file, 1 changed. */
  private void theVerifierJarChecksIt(byte[] zip, Map<String, byte[]> contents, Path dir)
      throws Exception {
    String basedir = System.getProperty("basedir");
    Path module = basedir == null ? Path.of("").toAbsolutePath() : Path.of(basedir);
    Path jar = module.resolve("../verifier/target/ecase-verifier.jar").normalize();
    if (!Files.isRegularFile(jar)) {
      System.err.println("The verifier's jar is not built (" + jar + "): checked in-process only");
      return;
    }
    Path file = Files.write(dir.resolve("court-file.zip"), zip);
    Path key = Files.writeString(dir.resolve("ecase.vkey"), trusted.verifierKey() + "\n");
    Map<String, byte[]> changed = new LinkedHashMap<>(contents);
    byte[] manifest = contents.get("manifest.json").clone();
    manifest[manifest.length / 2] ^= 1;
    changed.put("manifest.json", manifest);
    Path tampered = Files.write(dir.resolve("changed.zip"), zip(changed));
    assertThat(runVerifier(jar, file, key)).startsWith("0 OK: the court file");
    assertThat(runVerifier(jar, tampered, key)).startsWith("1 TAMPERED: manifest.json");
  }

  private static String runVerifier(Path jar, Path file, Path key) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "check-court-file",
                file.toString(),
                "--key",
                key.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + " " + output;
  }

  private String status(String caseId) {
    return investigator.viewed(caseId).get("status").asString();
  }

  private String erdrOf(String caseId) {
    return investigator.viewed(caseId).get("erdrNumber").asString();
  }

  private long alerts(String user, String kind, String caseId) {
    return jdbc.sql(
            "select count(*) from staff_alerts where recipient_user = :user and kind = :kind and"
                + " link = :link")
        .param("user", user)
        .param("kind", kind)
        .param("link", "/cases/" + caseId)
        .query(Long.class)
        .single();
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        contents.put(entry.getName(), in.readAllBytes());
      }
    }
    return contents;
  }

  static byte[] zip(Map<String, byte[]> contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
