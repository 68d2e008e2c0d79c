package kz.ecase.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.kernel.Iin;
import kz.ecase.ledger.Ledger;
import kz.ecase.ledger.RecordRef;
import kz.ecase.persons.integration.ResilientRegistries;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A person look-up through the real API against the registry simulators: every registry at once,
 * each source's status, partial answers within the deadline when a registry hangs or is down, a
 * clear answer when all are down, a purpose required, and every look-up in the ledger, visible to
 * the person and to the head of unit.
 */
@EcaseIntegrationTest
class PersonLookupIT {

  private static final String CITIZEN = "850315401231";
  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  @Autowired EmbeddedSimulators embedded;
  @Autowired ResilientRegistries registries;
  @Autowired Ledger ledger;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  private SimulatorControl simulators;
  private HttpClientSession officer;
  private String token;

  @BeforeEach
  void healthyRegistries() {
    simulators = new SimulatorControl(embedded.baseUrl(SimulatedSystem.REGISTRIES));
    simulators.reset();
    registries.resetCircuits();
    officer = new HttpClientSession(port);
    token = officer.token("officer", "demo");
  }

  @AfterEach
  void healthyAgain() {
    simulators.reset();
    registries.resetCircuits();
  }

  @Test
  void everyRegistryAnswersAndTheLookUpIsLedgeredAndShownToThePerson() throws Exception {
    var reply = lookUp(Map.of("iin", CITIZEN, "protocolNumber", "26-710001-000042"));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode dossier = reply.json();
    assertThat(dossier.get("complete").asBoolean()).isTrue();
    assertThat(dossier.get("sources")).hasSize(Registry.values().length);
    JsonNode population = source(dossier, "population");
    assertThat(population.get("status").asString()).isEqualTo("OK");
    assertThat(population.get("data").get("birthDate").asString())
        .isEqualTo(Iin.of(CITIZEN).birthDate().toString());
    for (JsonNode source : dossier.get("sources")) {
      assertThat(source.get("status").asString()).isIn("OK", "NOT_FOUND");
    }

    String lookupId = dossier.get("lookupId").asString();
    assertThat(awaitHistory(new RecordRef("lookup", lookupId))).hasSize(1);

    HttpClientSession citizen = new HttpClientSession(port);
    JsonNode mine =
        citizen
            .get(
                "/api/persons/lookups/about-me",
                "Authorization",
                "Bearer " + citizen.token("citizen", "demo"))
            .json();
    assertThat(mine.findValuesAsString("lookupId")).contains(lookupId);
    assertThat(mine.findValuesAsString("purpose")).contains("protocol 26-710001-000042");

    HttpClientSession head = new HttpClientSession(port);
    JsonNode unit =
        head.get("/api/persons/lookups", "Authorization", "Bearer " + head.token("head", "demo"))
            .json();
    assertThat(unit.findValuesAsString("lookupId")).contains(lookupId);
  }

  @Test
  void aHangingRegistryIsMarkedTimedOutAndTheLookUpStillAnswersWithinTheDeadline() {
    simulators.set("wanted", "{\"hangRate\":1.0}");

    Instant start = Instant.now();
    var reply = lookUp(Map.of("iin", CITIZEN, "reason", "traffic stop"));
    Duration took = Duration.between(start, Instant.now());

    assertThat(reply.status()).isEqualTo(200);
    JsonNode dossier = reply.json();
    assertThat(source(dossier, "wanted").get("status").asString()).isEqualTo("TIMEOUT");
    assertThat(dossier.get("complete").asBoolean()).isFalse();
    assertThat(dossier.get("missing").get(0).asString()).isEqualTo("wanted");
    assertThat(source(dossier, "population").get("status").asString()).isEqualTo("OK");
    assertThat(took)
        .as("deadline 1.5 s, plus the request's own time")
        .isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void aRegistryThatIsDownIsMarkedAndAfterRepeatedFailuresNotAskedAtAll() {
    simulators.set("vehicles", "{\"outage\":true}");

    JsonNode first = lookUp(Map.of("iin", CITIZEN, "reason", "outage")).json();
    assertThat(source(first, "vehicles").get("status").asString()).isEqualTo("UNAVAILABLE");

    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(
          source(lookUp(Map.of("iin", CITIZEN, "reason", "outage")).json(), "vehicles")
              .get("status")
              .asString());
    }
    assertThat(statuses)
        .as("the circuit opens after half of 10+ calls failed")
        .contains("CIRCUIT_OPEN");
  }

  @Test
  void withEveryRegistryDownTheAnswerIsClearNeverA500() {
    for (Registry registry : Registry.values()) {
      simulators.set(registry.id(), "{\"outage\":true}");
    }

    var reply = lookUp(Map.of("iin", CITIZEN, "reason", "all down"));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode dossier = reply.json();
    assertThat(dossier.get("complete").asBoolean()).isFalse();
    assertThat(dossier.get("missing")).hasSize(Registry.values().length);
    for (JsonNode source : dossier.get("sources")) {
      assertThat(source.get("status").asString()).isIn("UNAVAILABLE", "CIRCUIT_OPEN");
    }
  }

  @Test
  void aLookUpWithoutAPurposeIsRefusedAndNotMade() {
    long before = lookups();

    var reply = lookUp(Map.of("iin", CITIZEN, "reason", "  "));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
    assertThat(lookups()).isEqualTo(before);
  }

  @Test
  void aWrongCheckDigitIsNamed() {
    var reply = lookUp(Map.of("iin", "850315401232", "reason", "typo"));

    assertThat(reply.status()).isEqualTo(400);
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("iin");
    assertThat(error.get("message").asString()).contains("check digit");
  }

  @Test
  void anOfficerLookingUpTooManyPeopleIsFlaggedForTheHead() {
    JsonNode last = null;
    for (int i = 0; i < 31; i++) {
      last = lookUp(Map.of("iin", CITIZEN, "reason", "rate " + i)).json();
    }
    String lookupId = last.get("lookupId").asString();

    HttpClientSession head = new HttpClientSession(port);
    JsonNode unit =
        head.get(
                "/api/persons/lookups?limit=1000",
                "Authorization",
                "Bearer " + head.token("head", "demo"))
            .json();
    JsonNode logged = null;
    for (JsonNode entry : unit) {
      if (entry.get("lookupId").asString().equals(lookupId)) {
        logged = entry;
      }
    }
    assertThat(logged).isNotNull();
    assertThat(logged.get("flagged").asBoolean()).as("31 look-ups within the hour").isTrue();
  }

  @Test
  void aPlateLeadsToTheVehicleAndItsOwnerAndTheLookUpIsLedgered() throws Exception {
    String[] owned = aVehicleWithItsOwner();

    var reply =
        officer.postJson(
            "/api/persons/lookups/plates",
            Map.of("plate", owned[0].toLowerCase(), "reason", "parked on a crossing"),
            "Authorization",
            "Bearer " + token);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("ownerIin").asString()).isEqualTo(owned[1]);
    assertThat(reply.json().get("vehicle").get("plate").asString()).isEqualTo(owned[0]);
    assertThat(awaitHistory(new RecordRef("lookup", reply.json().get("lookupId").asString())))
        .hasSize(1);
  }

  @Test
  void anUnknownPlateIsAnsweredNotFoundAndAMalformedOneRefused() {
    var unknown =
        officer.postJson(
            "/api/persons/lookups/plates",
            Map.of("plate", "000ZZZ99", "reason", "check"),
            "Authorization",
            "Bearer " + token);
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.json().get("source").get("status").asString()).isEqualTo("NOT_FOUND");
    assertThat(unknown.json().get("ownerIin").isNull()).isTrue();

    var malformed =
        officer.postJson(
            "/api/persons/lookups/plates",
            Map.of("plate", "<script>", "reason", "check"),
            "Authorization",
            "Bearer " + token);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("plate");
  }

  /** A plate and its owner's IIN, found by asking the simulated register about synthetic people. */
  private String[] aVehicleWithItsOwner() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    for (long serial = 1; serial < 500; serial++) {
      String eleven = String.format("800101%05d", 30000 + serial);
      int check = Iin.checkDigitOf(eleven);
      if (check == 10) {
        continue;
      }
      String iin = eleven + check;
      var response =
          http.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          embedded.baseUrl(SimulatedSystem.REGISTRIES) + "/vehicles/owners/" + iin))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        JsonNode vehicles = JSON.readTree(response.body()).get("vehicles");
        if (!vehicles.isEmpty()) {
          return new String[] {vehicles.get(0).get("plate").asString(), iin};
        }
      }
    }
    throw new AssertionError("no synthetic person with a vehicle among 500");
  }

  private HttpClientSession.Reply lookUp(Map<String, String> body) {
    return officer.postJson("/api/persons/lookups", body, "Authorization", "Bearer " + token);
  }

  private static JsonNode source(JsonNode dossier, String registry) {
    for (JsonNode source : dossier.get("sources")) {
      if (source.get("registry").asString().equals(registry)) {
        return source;
      }
    }
    throw new AssertionError("no source " + registry);
  }

  private List<Long> awaitHistory(RecordRef record) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      List<Long> history = ledger.historyOf(record);
      if (!history.isEmpty()) {
        return history;
      }
      Thread.sleep(20);
    }
    return List.of();
  }

  private long lookups() {
    return jdbc.sql("select count(*) from person_lookups").query(Long.class).single();
  }
}
