package kz.ecase.notifications.sms;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.ecase.persons.ContactLookups;
import kz.ecase.platform.ProductionCheck;
import kz.ecase.platform.simulation.EmbeddedSimulators;
import kz.ecase.platform.simulation.SimulatedSystem;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.OutboxClaims;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The SMS gateway client (ECASE_SMS_URL, or the in-process simulator), dispatcher and reports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
@EnableScheduling
class SmsConfiguration {

  @Bean
  SmsGateway smsGateway(
      SmsProperties properties, ObjectProvider<EmbeddedSimulators> simulators, JsonMapper json) {
    return new HttpSmsGateway(
        json,
        () -> {
          if (!properties.baseUrl().isBlank()) {
            return properties.baseUrl().replaceAll("/+$", "");
          }
          EmbeddedSimulators embedded = simulators.getIfAvailable();
          if (embedded == null || !embedded.simulates(SimulatedSystem.SMS)) {
            throw new SmsGateway.SmsGatewayException(
                "No SMS gateway address: set ECASE_SMS_URL", false, null);
          }
          return embedded.baseUrl(SimulatedSystem.SMS);
        },
        properties.apiKey(),
        properties.timeout(),
        // the dispatcher's sends and the report poller's checks, each pool at once
        2 * properties.concurrency());
  }

  /** Production sends SMS through a real gateway, never the simulator. */
  @Bean
  ProductionCheck smsGatewayConfigured(SmsProperties properties) {
    return () ->
        properties.baseUrl().isBlank()
            ? List.of("SMS go to the simulated gateway: set ECASE_SMS_URL")
            : List.of();
  }

  @Bean
  SmsRetryPolicy smsRetryPolicy(SmsProperties properties) {
    return new SmsRetryPolicy(properties.firstRetry(), properties.maxAttempts());
  }

  @Bean
  SmsDispatcher smsDispatcher(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SmsGateway smsGateway,
      ContactLookups contacts,
      SmsRetryPolicy smsRetryPolicy,
      SmsProperties properties,
      Clock clock,
      OutboxClaims claims,
      BrokerProperties broker) {
    return new SmsDispatcher(
        jdbc,
        transactions,
        smsGateway,
        contacts,
        smsRetryPolicy,
        properties,
        clock,
        claims,
        broker.enabled());
  }

  /**
   * With a message broker, the messages to send go through its queue {@code sms}: relayed and
   * consumed where SMS are dispatched (ECASE_SMS_DISPATCH). Delivery reports are still polled.
   */
  @Bean
  BrokerRoute smsBrokerRoute(SmsDispatcher smsDispatcher, SmsProperties properties) {
    return new BrokerRoute(
        "sms",
        SmsQueues.PENDING,
        properties.dispatch(),
        keys -> smsDispatcher.dispatch(keys.stream().map(UUID::fromString).toList()));
  }

  @Bean
  DeliveryReports smsDeliveryReports(
      JdbcTemplate jdbc,
      SmsGateway smsGateway,
      SmsRetryPolicy smsRetryPolicy,
      SmsProperties properties,
      Clock clock,
      OutboxClaims claims) {
    return new DeliveryReports(jdbc, smsGateway, smsRetryPolicy, properties, clock, claims);
  }
}
