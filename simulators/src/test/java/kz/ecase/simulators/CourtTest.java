package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated court over HTTP, as ecase's court client sees it. */
class CourtTest {

  static final String ROOT = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

  Clock clock = SyntheticPeople.fixedClock();
  RegistrySimulators simulators;
  Court court;
  HttpClient client = HttpClient.newHttpClient();
  JsonMapper mapper = JsonMapper.builder().build();

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0, clock);
    court = simulators.court();
    court.configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    court.configure(CourtSettings.MANUAL);
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  @Test
  void theSameReferenceAgainAnswersTheSameCaseAndKeepsTheFirstFile() throws Exception {
    byte[] first = courtFile("R-1", "ORDER_PROTOCOL", 40);
    byte[] second = courtFile("R-1", "ORDER_PROTOCOL", 41);

    HttpResponse<String> accepted = submit("R-1", first);
    HttpResponse<String> again = submit("R-1", second);
    HttpResponse<String> other = submit("R-2", courtFile("R-2", "INDICTMENT", 42));

    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    String number = json(accepted).get("caseNumber").asString();
    assertThat(json(again).get("caseNumber").asString()).isEqualTo(number);
    assertThat(json(other).get("caseNumber").asString()).isNotEqualTo(number);
    assertThat(json(accepted).get("erdrNumber").asString()).isEqualTo("267100131000042");
    assertThat(json(accepted).get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(court.casesCreated("R-1")).isEqualTo(1);
    assertThat(court.submissions("R-1")).isEqualTo(2);
    assertThat(court.fileOf(number)).hasValue(first);
    HttpResponse<byte[]> kept =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(simulators.baseUrl() + "/admin/court/cases/" + number + "/file"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(kept.body()).isEqualTo(first);
    assertThat(kept.headers().firstValue("Content-Type")).hasValue("application/zip");
    JsonNode counts = json(get("/admin/court/references/R-1"));
    assertThat(counts.get("casesCreated").asInt()).isEqualTo(1);
    assertThat(counts.get("submissions").asInt()).isEqualTo(2);
  }

  @Test
  void itLearnsTheNewestCheckpointOfTheFilesItAccepts() throws Exception {
    JsonNode empty = json(get("/court/checkpoint"));
    assertThat(empty.get("treeSize").asLong()).isZero();
    assertThat(empty.get("rootHash").asString())
        .isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");

    submit("A", courtFile("A", "INDICTMENT", 40));
    submit("B", courtFile("B", "INDICTMENT", 30));

    JsonNode known = json(get("/court/checkpoint"));
    assertThat(known.get("treeSize").asLong()).as("not back to an older one").isEqualTo(40);
    assertThat(known.get("rootHash").asString()).isEqualTo(ROOT);
    assertThat(known.get("checkpoint").asString()).startsWith("ecase.test/ledger\n40\n");

    HttpResponse<String> set =
        send("PUT", "/admin/court/checkpoint", "{\"treeSize\":7,\"rootHash\":\"" + ROOT + "\"}");
    HttpResponse<String> bad =
        send("PUT", "/admin/court/checkpoint", "{\"treeSize\":7,\"rootHash\":\"xyz\"}");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(court.checkpoint().treeSize()).isEqualTo(7);
  }

  @Test
  void concurrentSubmissionsOfOneReferenceOpenOneCase() throws Exception {
    byte[] file = courtFile("C-1", "ORDER_PROTOCOL", 5);
    List<CompletableFuture<HttpResponse<String>>> sent =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            return submit("C-1", file);
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                        }))
            .toList();

    List<String> numbers =
        sent.stream().map(f -> json(f.join()).get("caseNumber").asString()).distinct().toList();

    assertThat(numbers).hasSize(1);
    assertThat(court.casesCreated("C-1")).isEqualTo(1);
    assertThat(court.submissions("C-1")).isEqualTo(8);
  }

  @Test
  void theClerkDecidesOrReturnsAndTheSenderSeesTheChange() throws Exception {
    String decided = number(submit("D", courtFile("D", "INDICTMENT", 3)));
    String returned = number(submit("E", courtFile("E", "INDICTMENT", 3)));

    HttpResponse<String> sentence =
        post(
            "/admin/court/cases/" + decided + "/decision",
            "{\"kind\":\"SENTENCE\",\"text\":\"Признать виновным\"}");
    HttpResponse<String> back =
        post(
            "/admin/court/cases/" + returned + "/return",
            "{\"reason\":\"Нет протокола допроса потерпевшей\"}");
    HttpResponse<String> twice =
        post("/admin/court/cases/" + decided + "/return", "{\"reason\":\"x\"}");
    HttpResponse<String> noKind =
        post("/admin/court/cases/" + returned + "/decision", "{\"text\":\"x\"}");

    assertThat(sentence.statusCode()).isEqualTo(200);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(noKind.statusCode()).isEqualTo(409);
    JsonNode seen = json(get("/court/cases/" + decided));
    assertThat(seen.get("status").asString()).isEqualTo("DECIDED");
    assertThat(seen.get("decisionKind").asString()).isEqualTo("SENTENCE");
    assertThat(seen.get("decisionText").asString()).isEqualTo("Признать виновным");
    JsonNode sentBack = json(get("/court/cases/" + returned));
    assertThat(sentBack.get("status").asString()).isEqualTo("RETURNED");
    assertThat(sentBack.get("reason").asString()).isEqualTo("Нет протокола допроса потерпевшей");
    assertThat(json(get("/court/cases?changedSince=2000-01-01T00:00:00Z"))).hasSize(2);
    assertThat(json(get("/court/cases?changedSince=" + clock.instant()))).isEmpty();
    assertThat(get("/court/cases?changedSince=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("/court/cases/1-0").statusCode()).isEqualTo(404);
  }

  @Test
  void itDecidesByItselfAfterTheConfiguredWait() throws Exception {
    HttpResponse<String> set =
        send("PUT", "/admin/court/settings", "{\"autoDecideAfterSeconds\":10}");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(court.settings().autoDecideAfter()).isEqualTo(Duration.ofSeconds(10));
    String order = number(submit("O", courtFile("O", "ORDER_PROTOCOL", 3)));
    String sentence = number(submit("S", courtFile("S", "INDICTMENT", 3)));

    int early = court.settle(clock.instant().plusSeconds(9));
    int due = court.settle(clock.instant().plusSeconds(10));

    assertThat(early).isZero();
    assertThat(due).isEqualTo(2);
    JsonNode ordered = json(get("/court/cases/" + order));
    assertThat(ordered.get("status").asString()).isEqualTo("DECIDED");
    assertThat(ordered.get("decisionKind").asString()).isEqualTo("ORDER");
    assertThat(ordered.get("decisionText").asString()).contains("267100131000042");
    assertThat(json(get("/court/cases/" + sentence)).get("decisionKind").asString())
        .isEqualTo("SENTENCE");
    assertThat(json(get("/court/cases?changedSince=" + clock.instant()))).hasSize(2);
    assertThat(send("PUT", "/admin/court/settings", "{\"autoDecideAfterSeconds\":-1}").statusCode())
        .isEqualTo(400);
    assertThat(send("PUT", "/admin/court/settings", "{\"autoDecideAfterSeconds\":null}").body())
        .contains("null");
    assertThat(court.settings().autoDecideAfter()).isNull();
  }

  @Test
  void badFilesAreRefusedAndOpenNothing() throws Exception {
    HttpResponse<String> notZip = submit("X", "not a zip".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> noManifest = submit("X", zip(Map.of("bundle.json", "{}")));
    HttpResponse<String> otherReference = submit("X", courtFile("Y", "INDICTMENT", 3));
    HttpResponse<String> noReference =
        client.send(
            HttpRequest.newBuilder(URI.create(simulators.baseUrl() + "/court/cases"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(courtFile("X", "INDICTMENT", 3)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(notZip.statusCode()).isEqualTo(400);
    assertThat(noManifest.statusCode()).isEqualTo(400);
    assertThat(noManifest.body()).contains("invalid-court-file");
    assertThat(otherReference.statusCode()).isEqualTo(400);
    assertThat(otherReference.body()).contains("reference-mismatch");
    assertThat(noReference.statusCode()).isEqualTo(400);
    assertThat(court.casesCreated("X")).isZero();
    assertThat(court.caseOf("X")).isEmpty();
    assertThatThrownBy(() -> court.decide("1-0", "ORDER", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOutageAnswers503AndOpensNothingUntilItEnds() throws Exception {
    send("PUT", "/admin/court", "{\"outage\":true}");
    HttpResponse<String> refused = submit("O", courtFile("O", "INDICTMENT", 3));
    court.configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    HttpResponse<String> accepted = submit("O", courtFile("O", "INDICTMENT", 3));

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(court.casesCreated("O")).isEqualTo(1);
  }

  /** A court file as far as the court reads it: the manifest and the bundle's checkpoint. */
  private byte[] courtFile(String reference, String sentBy, long treeSize) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "manifest.json",
        "{\"format\":1,\"reference\":\""
            + reference
            + "\",\"case\":{\"erdrNumber\":\"267100131000042\"},\"sentBy\":{\"kind\":\""
            + sentBy
            + "\"}}");
    files.put("documents/001-order_protocol-v1.pdf", "%PDF-1.7");
    files.put(
        "bundle.json",
        "{\"format\":1,\"checkpoint\":\"ecase.test/ledger\\n"
            + treeSize
            + "\\n"
            + ROOT
            + "\\n\\n— ecase.test/ledger AAAA\\n\"}");
    return zip(files);
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private String number(HttpResponse<String> accepted) {
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    return json(accepted).get("caseNumber").asString();
  }

  private HttpResponse<String> submit(String reference, byte[] file)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(
                URI.create(simulators.baseUrl() + "/court/cases?reference=" + reference))
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return send("POST", path, body);
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(HttpResponse<String> response) {
    return mapper.readTree(response.body());
  }
}
