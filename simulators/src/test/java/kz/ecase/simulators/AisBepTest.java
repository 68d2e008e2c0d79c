package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulated AIS BEP over HTTP, as ecase's enforcement client sees it. */
class AisBepTest {

  static final String MATERIALS =
      "{\"reference\":\"%s\",\"debtorIin\":\"850315401231\",\"amountKzt\":43250.00}";

  RegistrySimulators simulators;
  AisBep bep;
  HttpClient client = HttpClient.newHttpClient();
  JsonMapper mapper = JsonMapper.builder().build();

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0, SyntheticPeople.fixedClock());
    bep = simulators.enforcement();
    bep.configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  @Test
  void theSameReferenceAgainAnswersTheSameCaseNeverASecondOne() throws Exception {
    HttpResponse<String> first = post("/enforcement/cases", MATERIALS.formatted("71000126000001"));
    HttpResponse<String> again = post("/enforcement/cases", MATERIALS.formatted("71000126000001"));
    HttpResponse<String> other = post("/enforcement/cases", MATERIALS.formatted("71000126000002"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("caseNumber").asString())
        .isEqualTo(json(first).get("caseNumber").asString());
    assertThat(json(other).get("caseNumber").asString())
        .isNotEqualTo(json(first).get("caseNumber").asString());
    assertThat(json(first).get("status").asString()).isEqualTo("ACCEPTED");
    assertThat(bep.casesCreated("71000126000001")).isEqualTo(1);
    assertThat(bep.submissions("71000126000001")).isEqualTo(2);
    JsonNode counts = json(get("/admin/enforcement/references/71000126000001"));
    assertThat(counts.get("casesCreated").asInt()).isEqualTo(1);
    assertThat(counts.get("submissions").asInt()).isEqualTo(2);
  }

  @Test
  void concurrentSubmissionsOfOneReferenceOpenOneCase() {
    List<CompletableFuture<HttpResponse<String>>> sent =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            return post("/enforcement/cases", MATERIALS.formatted("R-1"));
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                        }))
            .toList();

    List<String> numbers =
        sent.stream().map(f -> json(f.join()).get("caseNumber").asString()).distinct().toList();

    assertThat(numbers).hasSize(1);
    assertThat(bep.casesCreated("R-1")).isEqualTo(1);
    assertThat(bep.submissions("R-1")).isEqualTo(8);
  }

  @Test
  void theBailiffExecutesOrReturnsAndTheSenderSeesIt() throws Exception {
    String executed =
        json(post("/enforcement/cases", MATERIALS.formatted("A"))).get("caseNumber").asString();
    String returned =
        json(post("/enforcement/cases", MATERIALS.formatted("B"))).get("caseNumber").asString();

    HttpResponse<String> execute =
        post("/admin/enforcement/cases/" + executed + "/executed", "{\"collectedKzt\":43250}");
    HttpResponse<String> giveBack =
        post(
            "/admin/enforcement/cases/" + returned + "/returned",
            "{\"reason\":\"Должник не найден\"}");
    HttpResponse<String> twice =
        post("/admin/enforcement/cases/" + executed + "/returned", "{\"reason\":\"x\"}");

    assertThat(execute.statusCode()).isEqualTo(200);
    assertThat(giveBack.statusCode()).isEqualTo(200);
    assertThat(twice.statusCode()).isEqualTo(409);
    JsonNode seen = json(get("/enforcement/cases/" + executed));
    assertThat(seen.get("status").asString()).isEqualTo("EXECUTED");
    assertThat(seen.get("collectedKzt").decimalValue()).isEqualByComparingTo("43250");
    JsonNode back = json(get("/enforcement/cases/" + returned));
    assertThat(back.get("status").asString()).isEqualTo("RETURNED");
    assertThat(back.get("reason").asString()).isEqualTo("Должник не найден");
    assertThat(json(get("/enforcement/cases?changedSince=2000-01-01T00:00:00Z"))).hasSize(2);
    assertThat(get("/enforcement/cases/BEP-0").statusCode()).isEqualTo(404);
  }

  @Test
  void badMaterialsAreRefusedAndOpenNothing() throws Exception {
    HttpResponse<String> noIin =
        post("/enforcement/cases", "{\"reference\":\"X\",\"amountKzt\":1}");
    HttpResponse<String> noAmount =
        post("/enforcement/cases", "{\"reference\":\"X\",\"debtorIin\":\"850315401231\"}");
    HttpResponse<String> notJson = post("/enforcement/cases", "{");

    assertThat(noIin.statusCode()).isEqualTo(400);
    assertThat(noAmount.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(bep.casesCreated("X")).isZero();
    assertThat(bep.caseOf("X")).isEmpty();
  }

  @Test
  void anOutageAnswers503AndOpensNothingUntilItEnds() throws Exception {
    HttpResponse<String> down = send("PUT", "/admin/enforcement", "{\"outage\":true}");
    HttpResponse<String> refused = post("/enforcement/cases", MATERIALS.formatted("O"));
    bep.configure(Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    HttpResponse<String> accepted = post("/enforcement/cases", MATERIALS.formatted("O"));

    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(bep.casesCreated("O")).isEqualTo(1);
    assertThat(
            bep.execute(bep.caseOf("O").orElseThrow().caseNumber(), new BigDecimal("1")).status())
        .isEqualTo("EXECUTED");
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
