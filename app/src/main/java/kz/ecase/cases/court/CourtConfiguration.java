package kz.ecase.cases.court;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kz.ecase.cases.court.integration.CourtSystem;
import kz.ecase.cases.court.integration.CourtSystem.CourtSystemException;
import kz.ecase.cases.court.integration.HttpCourtSystem;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.OutboxJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The court system's client ({@code ECASE_COURT_URL}, or the in-process simulator on the embedded
 * default), the dispatcher of the court outbox and the reader of the court's answers, and their two
 * jobs on the real clock ({@link OutboxJobs}) unless {@code ecase.cases.court.jobs} is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CourtProperties.class)
class CourtConfiguration {

  private final CourtProperties properties;

  CourtConfiguration(CourtProperties properties) {
    this.properties = properties;
  }

  @Bean
  CourtSystem courtSystem(ObjectProvider<EmbeddedSimulators> simulators, JsonMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    return new HttpCourtSystem(
        http,
        json,
        EmbeddedSimulators.address(
            properties.baseUrl(),
            simulators,
            SimulatedSystem.COURT,
            message -> new CourtSystemException(message, false, null)),
        properties.apiKey(),
        properties.timeout(),
        properties.uploadTimeout());
  }

  @Bean
  CourtDispatcher courtDispatcher(
      CourtOutbox outbox,
      CourtReferrals referrals,
      CourtFileBuilder builder,
      CourtSystem courtSystem,
      CourtRecords records) {
    return new CourtDispatcher(outbox, referrals, builder, courtSystem, records, properties);
  }

  @Bean
  CourtAnswers courtAnswers(CourtOutbox outbox, CourtSystem courtSystem, CourtRecords records) {
    return new CourtAnswers(outbox, courtSystem, records, properties);
  }

  /** Production sends case files to the real court system, never the simulator. */
  @Bean
  ProductionCheck courtConfigured() {
    return () ->
        properties.baseUrl().isEmpty()
            ? List.of("case files go to the simulated court: set ECASE_COURT_URL")
            : List.of();
  }

  @Bean
  @ConditionalOnProperty(
      name = "ecase.cases.court.jobs",
      havingValue = "true",
      matchIfMissing = true)
  OutboxJobs courtJobs(
      CourtDispatcher courtDispatcher,
      CourtAnswers courtAnswers,
      BrokerProperties broker,
      Clock clock) {
    if (broker.enabled()) {
      // the broker's consumers send the files it relays (courtBrokerRoute)
      return new OutboxJobs(
          "court",
          clock,
          new OutboxJobs.Job("answers", properties.pollInterval(), courtAnswers::poll));
    }
    return new OutboxJobs(
        "court",
        clock,
        new OutboxJobs.Job("dispatch", properties.dispatchInterval(), courtDispatcher::dispatchDue),
        new OutboxJobs.Job("answers", properties.pollInterval(), courtAnswers::poll));
  }

  /**
   * With a message broker, the court files go through its queue {@code court}, relayed and consumed
   * where the court's jobs run ({@code ecase.cases.court.jobs}).
   */
  @Bean
  BrokerRoute courtBrokerRoute(
      CourtDispatcher courtDispatcher,
      Clock clock,
      @Value("${ecase.cases.court.jobs:true}") boolean jobs) {
    return new BrokerRoute(
        "court",
        CourtOutbox.QUEUE,
        jobs,
        keys -> {
          for (String reference : keys) {
            courtDispatcher.dispatch(reference, clock.instant());
          }
        });
  }
}
