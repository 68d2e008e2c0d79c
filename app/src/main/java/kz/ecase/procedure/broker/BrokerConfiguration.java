package kz.ecase.procedure.broker;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.OutboxJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message broker, only when {@code ECASE_BROKER_URL} is set (without it none of these beans
 * exist and every outbox's dispatcher polls its table, as before): the connection with publisher
 * confirms and returns, one durable queue per {@link BrokerRoute}, the relay on a thread of its
 * own, the consumers, and the gauge of rows waiting for the broker. Spring Boot's own RabbitMQ
 * auto-configuration is excluded (application.yml) so that an instance without a broker has no
 * connection factory and no health contributor; the broker is no part of the health either way,
 * since ecase keeps working without it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BrokerConfiguration.BrokerConfigured.class)
class BrokerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(BrokerConfiguration.class);

  /** ECASE_BROKER_URL (ecase.broker.url) is set. */
  static final class BrokerConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("ecase.broker.url", "");
      return !url.isBlank();
    }
  }

  static String queueName(BrokerProperties properties, BrokerRoute route) {
    return properties.queuePrefix() + route.name();
  }

  @Bean
  CachingConnectionFactory brokerConnections(BrokerProperties properties) {
    CachingConnectionFactory connections = new CachingConnectionFactory();
    connections.setUri(URI.create(properties.url()));
    connections.setConnectionTimeout((int) properties.confirmTimeout().toMillis());
    connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
    connections.setPublisherReturns(true);
    connections.setConnectionNameStrategy(factory -> "ecase");
    log.info(
        "Outboxes relay through the message broker at {}:{} (vhost {})",
        connections.getHost(),
        connections.getPort(),
        connections.getVirtualHost());
    return connections;
  }

  @Bean
  RabbitTemplate brokerTemplate(CachingConnectionFactory brokerConnections) {
    RabbitTemplate rabbit = new RabbitTemplate(brokerConnections);
    rabbit.setMandatory(true);
    return rabbit;
  }

  /** Declares the queues whenever a connection opens (also after the broker came back). */
  @Bean
  RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnections) {
    RabbitAdmin admin = new RabbitAdmin(brokerConnections);
    admin.setIgnoreDeclarationExceptions(true);
    return admin;
  }

  @Bean
  Declarables brokerQueues(BrokerProperties properties, List<BrokerRoute> routes) {
    List<Declarable> queues = new ArrayList<>();
    for (BrokerRoute route : routes) {
      queues.add(QueueBuilder.durable(queueName(properties, route)).build());
    }
    return new Declarables(queues);
  }

  @Bean
  OutboxRelay outboxRelay(
      List<BrokerRoute> routes,
      BrokerProperties properties,
      CachingConnectionFactory brokerConnections,
      RabbitTemplate brokerTemplate,
      TransactionTemplate transactions,
      JdbcClient jdbc,
      MeterRegistry meters,
      Clock clock) {
    List<BrokerRoute> active = routes.stream().filter(BrokerRoute::active).toList();
    RelayedRows rows = new RelayedRows(jdbc);
    for (BrokerRoute route : active) {
      Gauge.builder("ecase.outbox.broker.waiting", () -> waiting(rows, route, clock))
          .description("outbox rows due and not yet held by the message broker")
          .tag("queue", route.name())
          .register(meters);
    }
    return new OutboxRelay(
        active, properties, brokerConnections, brokerTemplate, transactions, rows);
  }

  private static double waiting(RelayedRows rows, BrokerRoute route, Clock clock) {
    try {
      return rows.waiting(route.queue(), clock.instant());
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  @Bean
  OutboxJobs outboxRelayJobs(OutboxRelay outboxRelay, BrokerProperties properties, Clock clock) {
    return new OutboxJobs(
        "broker-relay",
        clock,
        new OutboxJobs.Job("relay", properties.pollInterval(), outboxRelay::relay));
  }

  @Bean
  BrokerConsumers brokerConsumers(
      List<BrokerRoute> routes,
      BrokerProperties properties,
      CachingConnectionFactory brokerConnections) {
    return new BrokerConsumers(routes, properties, brokerConnections);
  }
}
