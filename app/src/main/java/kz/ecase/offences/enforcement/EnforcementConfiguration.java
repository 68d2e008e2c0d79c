package kz.ecase.offences.enforcement;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import kz.ecase.offences.enforcement.integration.AisBep;
import kz.ecase.offences.enforcement.integration.AisBep.AisBepException;
import kz.ecase.offences.enforcement.integration.HttpAisBep;
import kz.ecase.platform.EmbeddedSimulators;
import kz.ecase.platform.ProductionCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AIS BEP client ({@code ECASE_ENFORCEMENT_URL}, or the in-process simulator on the embedded
 * default) and the three jobs of enforcement, each on the real clock: the sweep for decisions due,
 * the dispatcher of the outbox, the check of open cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnforcementProperties.class)
class EnforcementConfiguration implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(EnforcementConfiguration.class);

  private final EnforcementProperties properties;
  private final ObjectProvider<EnforcementReferral> referral;
  private final ObjectProvider<EnforcementDispatcher> dispatcher;
  private final ObjectProvider<EnforcementStatusCheck> statusCheck;
  private final Clock clock;

  EnforcementConfiguration(
      EnforcementProperties properties,
      ObjectProvider<EnforcementReferral> referral,
      ObjectProvider<EnforcementDispatcher> dispatcher,
      ObjectProvider<EnforcementStatusCheck> statusCheck,
      Clock clock) {
    this.properties = properties;
    this.referral = referral;
    this.dispatcher = dispatcher;
    this.statusCheck = statusCheck;
    this.clock = clock;
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
        () -> {
          if (!properties.baseUrl().isEmpty()) {
            return properties.baseUrl();
          }
          EmbeddedSimulators embedded = simulators.getIfAvailable();
          if (embedded == null) {
            throw new AisBepException("No AIS BEP address: set ECASE_ENFORCEMENT_URL", false, null);
          }
          return embedded.baseUrl() + "/enforcement";
        },
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

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    every(registrar, properties.sweepInterval(), "sweep", now -> referral.getObject().sendDue(now));
    every(
        registrar,
        properties.dispatchInterval(),
        "dispatch",
        now -> dispatcher.getObject().dispatchDue(now));
    every(
        registrar,
        properties.statusInterval(),
        "status check",
        now -> statusCheck.getObject().checkOpen(now));
  }

  private void every(
      ScheduledTaskRegistrar registrar,
      Duration interval,
      String name,
      Consumer<java.time.Instant> job) {
    registrar.addFixedDelayTask(
        new FixedDelayTask(
            () -> {
              try {
                job.accept(clock.instant());
              } catch (RuntimeException e) {
                log.warn("Enforcement {} failed: {}", name, e.toString());
              }
            },
            interval,
            interval));
  }
}
