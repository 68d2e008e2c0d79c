package kz.ecase.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulators over HTTP, as the app's clients see them. */
class RegistrySimulatorsTest {

  static final String KNOWN = "850315401231";

  RegistrySimulators simulators;
  HttpClient client = HttpClient.newHttpClient();
  JsonMapper mapper = JsonMapper.builder().build();

  @BeforeEach
  void start() {
    simulators = RegistrySimulators.start(0, SyntheticPeople.fixedClock());
    for (Registry registry : Registry.values()) {
      simulators.configure(registry, Behaviour.DEFAULT.withLatency(Latency.uniform(0, 0)));
    }
  }

  @AfterEach
  void stop() {
    simulators.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(HttpResponse<String> response) {
    return mapper.readTree(response.body());
  }

  @Test
  void itListensOnAFreePortOfTheLoopback() {
    assertThat(simulators.port()).isPositive();
    assertThat(simulators.baseUrl()).isEqualTo("http://127.0.0.1:" + simulators.port());
    assertThat(simulators.baseUrl(Registry.CRIMINAL_RECORDS))
        .isEqualTo(simulators.baseUrl() + "/criminal-records");
  }

  @Test
  void everyRegistryAnswersWithTheFieldsOfTheContract() throws Exception {
    assertFields(
        "/population/persons/" + KNOWN,
        "iin",
        "lastName",
        "firstName",
        "patronymic",
        "birthDate",
        "sex",
        "citizenship",
        "address",
        "mobilePhone");
    assertFields("/narcology/persons/" + KNOWN, "iin", "registered", "since", "group");
    assertFields("/psychiatry/persons/" + KNOWN, "iin", "registered", "since");
    assertFields("/criminal-records/persons/" + KNOWN, "iin", "convictions", "openProceedings");
    assertFields("/admin-offences/persons/" + KNOWN, "iin", "offences");
    assertFields("/vehicles/owners/" + KNOWN, "iin", "vehicles");
    assertFields("/licences/persons/" + KNOWN, "iin", "licences");
    assertFields("/wanted/persons/" + KNOWN, "iin", "wanted", "since", "initiator");
    assertFields("/fines/persons/" + KNOWN, "iin", "unpaidFines", "enforcement");
    JsonNode address = json(get("/population/persons/" + KNOWN)).get("address");
    assertThat(address.propertyNames())
        .containsExactly("region", "city", "street", "house", "apartment");
  }

  void assertFields(String path, String... fields) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    JsonNode body = json(response);
    assertThat(body.propertyNames()).as(path).containsExactly(fields);
    assertThat(body.get("iin").asString()).isEqualTo(KNOWN);
  }

  @Test
  void thePersonsBirthDateAndSexAreTheIins() throws Exception {
    RandomIins iins = new RandomIins();
    for (int i = 0; i < 30; i++) {
      Iin iin = iins.next();
      HttpResponse<String> response = get("/population/persons/" + iin);
      if (response.statusCode() == 200) {
        JsonNode person = json(response);
        assertThat(person.get("birthDate").asString())
            .as(iins.seed())
            .isEqualTo(iin.birthDate().toString());
        assertThat(person.get("sex").asString())
            .as(iins.seed())
            .isEqualTo(iin.isMale() ? "MALE" : "FEMALE");
      } else {
        assertThat(response.statusCode()).as(iins.seed()).isEqualTo(404);
      }
    }
  }

  @Test
  void aMalformedIinIs400AndAnUnregisteredOne404InEveryRegistry() throws Exception {
    String unregistered = unregisteredIin();
    for (Registry registry : Registry.values()) {
      String persons = registry == Registry.VEHICLES ? "/owners/" : "/persons/";

      HttpResponse<String> malformed = get("/" + registry.id() + persons + "850315401232");
      HttpResponse<String> unknown = get("/" + registry.id() + persons + unregistered);

      assertThat(malformed.statusCode()).as(registry.id()).isEqualTo(400);
      assertThat(malformed.body()).isEqualTo("{\"error\":\"invalid-iin\"}");
      assertThat(unknown.statusCode()).as(registry.id()).isEqualTo(404);
      assertThat(unknown.body()).isEqualTo("{\"error\":\"not-found\"}");
    }
  }

  static String unregisteredIin() {
    Population population = new Population(SyntheticPeople.fixedClock());
    RandomIins iins = new RandomIins(1);
    while (true) {
      Iin iin = iins.next();
      if (!population.isRegistered(iin)) {
        return iin.value();
      }
    }
  }

  @Test
  void aPlateFromAnOwnersListResolvesBackToTheOwner() throws Exception {
    JsonNode vehicles = json(get("/vehicles/owners/" + KNOWN)).get("vehicles");
    assertThat(vehicles.size()).isPositive();
    for (JsonNode vehicle : vehicles) {
      String plate = vehicle.get("plate").asString();

      JsonNode record = json(get("/vehicles/plates/" + plate.toLowerCase()));

      assertThat(record.get("ownerIin").asString()).isEqualTo(KNOWN);
      assertThat(record.get("plate").asString()).isEqualTo(plate);
      assertThat(record.get("vin")).isEqualTo(vehicle.get("vin"));
      assertThat(record.get("make")).isEqualTo(vehicle.get("make"));
    }
    assertThat(get("/vehicles/plates/123ABC99").statusCode()).isEqualTo(404);
    assertThat(get("/vehicles/plates/ABC123").body()).isEqualTo("{\"error\":\"invalid-plate\"}");
  }

  @Test
  void anErrorRateOfOneAnswers503() throws Exception {
    simulators.configure(Registry.WANTED, simulators.behaviour(Registry.WANTED).withErrorRate(1));

    HttpResponse<String> response = get("/wanted/persons/" + KNOWN);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"error\":\"unavailable\"}");
    assertThat(get("/fines/persons/" + KNOWN).statusCode()).isEqualTo(200);
  }

  @Test
  void anOutageAnswers503AtOnceWhateverTheLatency() throws Exception {
    put("fines", "{\"outage\":true,\"latencyMs\":{\"min\":3000,\"max\":3000}}");

    long started = System.nanoTime();
    HttpResponse<String> response = get("/fines/persons/" + KNOWN);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aHangingRegistryMakesTheClientTimeOut() {
    simulators.configure(Registry.PSYCHIATRY, Behaviour.DEFAULT.withHangRate(1));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulators.baseUrl() + "/psychiatry/persons/" + KNOWN))
            .timeout(Duration.ofMillis(400))
            .build();

    assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void closingDropsHangingRequestsInsteadOfHoldingThemForAMinute() throws Exception {
    simulators.configure(Registry.PSYCHIATRY, Behaviour.DEFAULT.withHangRate(1));
    CompletableFuture<HttpResponse<String>> hanging =
        client.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(simulators.baseUrl() + "/psychiatry/persons/" + KNOWN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200);

    long started = System.nanoTime();
    simulators.close();

    assertThatThrownBy(() -> hanging.get()).hasCauseInstanceOf(IOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void answersTakeAtLeastTheConfiguredLatency() throws Exception {
    put("licences", "{\"latencyMs\":{\"min\":150,\"max\":250}}");
    for (int i = 0; i < 5; i++) {
      long started = System.nanoTime();
      assertThat(get("/licences/persons/" + KNOWN).statusCode()).isEqualTo(200);
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

      assertThat(millis).isGreaterThanOrEqualTo(150).isLessThan(2_000);
    }
  }

  @Test
  void withoutLatencyAnAnswerTakesMillisecondsNotTheFortyOfADelayedAck() throws Exception {
    get("/health");
    long started = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertThat(get("/wanted/persons/" + KNOWN).statusCode()).isEqualTo(200);
    }
    // with Nagle's algorithm on, each answer on the reused connection waits ~40 ms: 800 ms or more
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void fiftySlowRequestsAreServedInParallel() {
    simulators.configure(
        Registry.POPULATION, Behaviour.DEFAULT.withLatency(Latency.uniform(200, 200)));
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();

    long started = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      responses.add(
          client.sendAsync(
              HttpRequest.newBuilder(
                      URI.create(simulators.baseUrl() + "/population/persons/" + KNOWN))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

    assertThat(responses).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
    // one after another they would take 50 × 200 ms = 10 s
    assertThat(elapsed).isLessThan(Duration.ofMillis(3_000));
  }

  @Test
  void aConfiguredApiKeyMustBeSent() throws Exception {
    put("criminal-records", "{\"apiKey\":\"s3cret\"}");
    String path = "/criminal-records/persons/" + KNOWN;

    assertThat(get(path).statusCode()).isEqualTo(401);
    HttpResponse<String> withKey =
        client.send(
            HttpRequest.newBuilder(URI.create(simulators.baseUrl() + path))
                .header("X-Api-Key", "s3cret")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withKey.statusCode()).isEqualTo(200);
    assertThat(get("/narcology/persons/" + KNOWN).statusCode()).isEqualTo(200);
  }

  @Test
  void theAdminApiShowsChangesAndResetsBehaviours() throws Exception {
    HttpResponse<String> changed = put("vehicles", "{\"errorRate\":0.25,\"hangRate\":0.1}");

    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).get("errorRate").asDouble()).isEqualTo(0.25);
    assertThat(simulators.behaviour(Registry.VEHICLES).hangRate()).isEqualTo(0.1);
    JsonNode all = json(get("/admin/registries"));
    assertThat(all.propertyNames())
        .containsExactly(
            "population",
            "narcology",
            "psychiatry",
            "criminal-records",
            "admin-offences",
            "vehicles",
            "licences",
            "wanted",
            "fines");
    assertThat(all.get("vehicles").get("errorRate").asDouble()).isEqualTo(0.25);
    assertThat(json(get("/admin/registries/vehicles")).get("hangRate").asDouble()).isEqualTo(0.1);

    assertThat(send("POST", "/admin/reset", "").statusCode()).isEqualTo(200);

    for (Registry registry : Registry.values()) {
      assertThat(simulators.behaviour(registry)).isEqualTo(Behaviour.DEFAULT);
    }
  }

  @Test
  void anInvalidAdminChangeIs400WithAMessageAndChangesNothing() throws Exception {
    Behaviour before = simulators.behaviour(Registry.FINES);

    HttpResponse<String> refused = put("fines", "{\"outage\":true,\"errorRate\":7}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("error").asString()).isEqualTo("invalid-behaviour");
    assertThat(json(refused).get("message").asString())
        .isEqualTo("errorRate must be from 0.0 to 1.0");
    assertThat(simulators.behaviour(Registry.FINES)).isEqualTo(before);
    assertThat(put("nothing", "{}").statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/admin/registries/fines", "").statusCode()).isEqualTo(405);
    assertThat(get("/admin/reset").statusCode()).isEqualTo(405);
  }

  HttpResponse<String> put(String registry, String body) throws Exception {
    return send("PUT", "/admin/registries/" + registry, body);
  }

  @Test
  void healthUnknownPathsAndOtherMethodsAreAnswered() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(get("/population/people/" + KNOWN).body()).isEqualTo("{\"error\":\"unknown-path\"}");
    assertThat(send("POST", "/population/persons/" + KNOWN, "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void twoSimulatorsAnswerTheSameForTheSamePerson() throws Exception {
    try (RegistrySimulators other = RegistrySimulators.start(0, SyntheticPeople.fixedClock())) {
      for (Registry registry : Registry.values()) {
        String persons = registry == Registry.VEHICLES ? "/owners/" : "/persons/";
        HttpResponse<String> there =
            client.send(
                HttpRequest.newBuilder(
                        URI.create(other.baseUrl() + "/" + registry.id() + persons + KNOWN))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(there.body())
            .as(registry.id())
            .isEqualTo(get("/" + registry.id() + persons + KNOWN).body());
      }
    }
  }
}
