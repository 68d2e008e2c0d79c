package kz.ecase.persons.integration;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The registry clients: one HTTP client (non-blocking), endpoints, the resilience guards. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonsProperties.class)
class RegistriesConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService registryRetryScheduler() {
    return Executors.newScheduledThreadPool(
        1,
        task -> {
          Thread thread = new Thread(task, "registry-retries");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  ResilientRegistries resilientRegistries(
      PersonsProperties properties,
      ObjectProvider<EmbeddedSimulators> embedded,
      JsonMapper json,
      ScheduledExecutorService registryRetryScheduler,
      MeterRegistry meters) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500))
            .build();
    RegistryEndpoints endpoints =
        new RegistryEndpoints(
            properties,
            () -> {
              EmbeddedSimulators simulators = embedded.getIfAvailable();
              if (simulators == null || !simulators.simulates(SimulatedSystem.REGISTRIES)) {
                throw new IllegalStateException(
                    "No registry address: set ECASE_REGISTRIES_URL (or per registry)");
              }
              return simulators.baseUrl(SimulatedSystem.REGISTRIES);
            });
    return new ResilientRegistries(
        new HttpRegistryClient(http, json, endpoints), registryRetryScheduler, meters);
  }

  /** Production looks people up in the real registries, never the simulators. */
  @Bean
  ProductionCheck registriesConfigured(PersonsProperties properties) {
    return () ->
        properties.baseUrl().isBlank()
            ? List.of("the state registries are simulated: set ECASE_REGISTRIES_URL")
            : List.of();
  }
}
