package kz.ecase.platform.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

/** The simulators start for the external systems without an address, and only for those. */
class EmbeddedSimulatorsTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
          .withUserConfiguration(EmbeddedSimulators.class);

  @Test
  void noSimulatorWhenEveryAddressIsSet() {
    context
        .withPropertyValues(
            "ecase.persons.base-url=http://registries.example",
            "ecase.notifications.sms.base-url=http://sms.example",
            "ecase.offences.payments.provider-url=http://pay.example",
            "ecase.offences.enforcement.base-url=http://bep.example",
            "ecase.cases.court.base-url=http://court.example")
        .run(started -> assertThat(started).doesNotHaveBean(EmbeddedSimulators.class));
  }

  @Test
  void simulatesEverySystemOnTheEmbeddedDefault() {
    context
        .withPropertyValues("ecase.persons.base-url=", "ecase.notifications.sms.base-url= ")
        .run(
            started -> {
              EmbeddedSimulators simulators = started.getBean(EmbeddedSimulators.class);
              for (SimulatedSystem system : SimulatedSystem.values()) {
                assertThat(simulators.simulates(system)).as(system.name()).isTrue();
              }
              assertThat(get(simulators.baseUrl(SimulatedSystem.REGISTRIES) + "/health"))
                  .isEqualTo(200);
              assertThat(simulators.baseUrl(SimulatedSystem.SMS)).endsWith("/sms");
            });
  }

  @Test
  void simulatesOnlyTheSystemsWithoutAnAddress() {
    context
        .withPropertyValues(
            "ecase.persons.base-url=http://registries.example",
            "ecase.offences.payments.provider-url=http://pay.example")
        .run(
            started -> {
              EmbeddedSimulators simulators = started.getBean(EmbeddedSimulators.class);
              assertThat(simulators.simulates(SimulatedSystem.REGISTRIES)).isFalse();
              assertThat(simulators.simulates(SimulatedSystem.PAYMENTS)).isFalse();
              assertThat(simulators.simulates(SimulatedSystem.SMS)).isTrue();
              assertThat(simulators.simulates(SimulatedSystem.ENFORCEMENT)).isTrue();
              assertThat(simulators.simulates(SimulatedSystem.COURT)).isTrue();
            });
  }

  @Test
  void theSimulatedProviderSignsWithARandomSecretOfEachStart() {
    String[] secrets = new String[2];
    context.run(started -> secrets[0] = started.getBean(EmbeddedSimulators.class).paymentSecret());
    context.run(started -> secrets[1] = started.getBean(EmbeddedSimulators.class).paymentSecret());
    assertThat(secrets[0]).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(secrets[1]);
  }

  @Test
  void stopsTheSimulatorsWithTheContext() {
    String[] health = new String[1];
    context.run(
        started ->
            health[0] =
                started.getBean(EmbeddedSimulators.class).baseUrl(SimulatedSystem.REGISTRIES)
                    + "/health");
    assertThat(get(health[0])).isEqualTo(-1);
  }

  private static int get(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
