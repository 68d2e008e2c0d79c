package kz.ecase.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.identity.Role;
import kz.ecase.kernel.Iin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo citizen is the same person in ecase and in the simulated registries: the name the portal
 * greets them with is the one an officer's look-up of their IIN shows, and every registry that
 * answers with a name, a birth date or a phone answers the population registry's.
 */
@EcaseIntegrationTest
class DemoCitizenIT {

  @LocalServerPort int port;

  @Test
  void theDemoCitizenIsWhoTheRegistriesSayTheyAre() {
    DemoData.DemoAccount account =
        DemoData.ACCOUNTS.stream().filter(a -> a.role() == Role.CITIZEN).findFirst().orElseThrow();
    HttpClientSession session = new HttpClientSession(port);
    String officer = session.token("officer", "demo");
    JsonNode dossier =
        session
            .postJson(
                "/api/persons/lookups",
                Map.of("iin", account.iin(), "reason", "demo data check"),
                "Authorization",
                "Bearer " + officer)
            .json();
    JsonNode person = source(dossier, "population").get("data");
    String registryName =
        person.get("lastName").asString()
            + " "
            + person.get("firstName").asString()
            + " "
            + person.get("patronymic").asString();

    assertThat(account.displayName()).isEqualTo(registryName);
    JsonNode me =
        session
            .get(
                "/api/identity/me",
                "Authorization",
                "Bearer " + session.token(account.username(), "demo"))
            .json();
    assertThat(me.toString()).contains(registryName);
    assertThat(person.get("birthDate").asString())
        .isEqualTo(Iin.of(account.iin()).birthDate().toString());
    assertThat(person.get("mobilePhone").asString()).startsWith("+7");

    List<String> compared = new ArrayList<>();
    for (JsonNode source : dossier.get("sources")) {
      JsonNode data = source.get("data");
      if (data == null || !data.isObject()) {
        continue;
      }
      for (String field :
          List.of("lastName", "firstName", "patronymic", "birthDate", "mobilePhone")) {
        if (data.has(field)) {
          assertThat(data.get(field).asString())
              .as(source.get("registry").asString() + " " + field)
              .isEqualTo(person.get(field).asString());
          compared.add(source.get("registry").asString() + "." + field);
        }
      }
    }
    assertThat(compared).contains("population.lastName", "population.mobilePhone");
  }

  private static JsonNode source(JsonNode dossier, String registry) {
    for (JsonNode source : dossier.get("sources")) {
      if (source.get("registry").asString().equals(registry)) {
        return source;
      }
    }
    throw new AssertionError("no " + registry + " in " + dossier);
  }
}
