package kz.ecase.offences.enforcement;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.ecase.offences.enforcement.integration.AisBep;
import kz.ecase.offences.enforcement.integration.AisBep.AisBepException;
import kz.ecase.offences.enforcement.integration.HttpAisBep;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.OutboxJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AIS BEP client ({@code ECASE_ENFORCEMENT_URL}, or the in-process simulator on the embedded
 * default), the dispatcher, and the three jobs of enforcement on the real clock ({@link
 * OutboxJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnforcementProperties.class)
class EnforcementConfiguration {

  private final EnforcementProperties properties;

  EnforcementConfiguration(EnforcementProperties properties) {
    this.properties = properties;
  }

  @Bean
  AisBep aisBep(ObjectProvider<EmbeddedSimulators> simulators, JsonMapper json) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    return new HttpAisBep(
        http,
        json,
        EmbeddedSimulators.address(
            properties.baseUrl(),
            simulators,
            SimulatedSystem.ENFORCEMENT,
            message -> new AisBepException(message, false, null)),
        properties.apiKey(),
        properties.timeout());
  }

  @Bean
  EnforcementDispatcher enforcementDispatcher(
      EnforcementOutbox outbox,
      EnforcementMaterials materials,
      AisBep aisBep,
      EnforcementRecords records) {
    return new EnforcementDispatcher(outbox, materials, aisBep, records, properties);
  }

  /** Production sends enforcement materials to the real AIS BEP, never the simulator. */
  @Bean
  ProductionCheck enforcementConfigured() {
    return () ->
        properties.baseUrl().isEmpty()
            ? List.of("enforcement goes to the simulated AIS BEP: set ECASE_ENFORCEMENT_URL")
            : List.of();
  }

  /**
   * The sweep, the dispatcher and the status check; with a message broker the dispatcher does not
   * poll: the broker's consumers send the referrals it relays ({@link #enforcementBrokerRoute}).
   */
  @Bean
  OutboxJobs enforcementJobs(
      EnforcementReferral referral,
      EnforcementDispatcher enforcementDispatcher,
      EnforcementStatusCheck statusCheck,
      BrokerProperties broker,
      Clock clock) {
    List<OutboxJobs.Job> jobs = new ArrayList<>();
    jobs.add(new OutboxJobs.Job("sweep", properties.sweepInterval(), referral::sendDue));
    if (!broker.enabled()) {
      jobs.add(
          new OutboxJobs.Job(
              "dispatch", properties.dispatchInterval(), enforcementDispatcher::dispatchDue));
    }
    jobs.add(
        new OutboxJobs.Job("status check", properties.statusInterval(), statusCheck::checkOpen));
    return new OutboxJobs("enforcement", clock, jobs.toArray(OutboxJobs.Job[]::new));
  }

  /** With a message broker, the referrals go through its queue {@code enforcement}. */
  @Bean
  BrokerRoute enforcementBrokerRoute(EnforcementDispatcher enforcementDispatcher, Clock clock) {
    return new BrokerRoute(
        "enforcement",
        EnforcementOutbox.QUEUE,
        true,
        keys -> {
          for (String key : keys) {
            enforcementDispatcher.dispatch(UUID.fromString(key), clock.instant());
          }
        });
  }
}
