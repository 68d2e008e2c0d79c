package kz.ecase.procedure.broker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import kz.ecase.procedure.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the outboxes' due rows to the broker: in one transaction per batch, locks the rows ({@code
 * FOR UPDATE SKIP LOCKED}), publishes one persistent message per row (its key) to the route's
 * durable queue, waits for the broker's publisher confirms, and marks relayed only the rows the
 * broker confirmed; the others stay due and are handed over again (at least once: the consumers
 * take a row only while it is due, so a message the broker holds twice delivers once).
 *
 * <p>While the broker cannot be reached the relay claims nothing (the rows stay due, the outboxes
 * keep filling, the registrations go on) and tries again after the kernel's {@link RetryPolicy}
 * back-off (1 s, 2 s, 4 s … at most {@code max-retry}); it logs once when the broker goes and once
 * when it is back, not per row. The rows waiting meanwhile are the metric {@code
 * ecase.outbox.broker.waiting}.
 */
final class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** Batches handed over in one run at most, so that a run ends now and then under load. */
  private static final int MAX_ROUNDS = 50;

  private final List<BrokerRoute> routes;
  private final BrokerProperties properties;
  private final ConnectionFactory connections;
  private final RabbitTemplate rabbit;
  private final TransactionTemplate transactions;
  private final RelayedRows rows;
  private final RetryPolicy backoff;

  private int failures;
  private Instant nextTry = Instant.MIN;

  /** The broker did not confirm every message of a batch in time (or refused some). */
  static final class Unconfirmed extends RuntimeException {
    Unconfirmed(String message) {
      super(message);
    }
  }

  OutboxRelay(
      List<BrokerRoute> routes,
      BrokerProperties properties,
      ConnectionFactory connections,
      RabbitTemplate rabbit,
      TransactionTemplate transactions,
      RelayedRows rows) {
    this.routes = List.copyOf(routes);
    this.properties = properties;
    this.connections = connections;
    this.rabbit = rabbit;
    this.transactions = transactions;
    this.rows = rows;
    this.backoff = properties.retryPolicy();
  }

  /** One run of the relay at {@code now}; returns how many rows the broker confirmed. */
  synchronized int relay(Instant now) {
    if (now.isBefore(nextTry)) {
      return 0;
    }
    int relayed = 0;
    try {
      // reach the broker before locking any row: while it is down, nothing is claimed
      connections.createConnection().close();
      for (BrokerRoute route : routes) {
        relayed += relayAll(route, now);
      }
    } catch (AmqpException | Unconfirmed e) {
      failures++;
      nextTry = now.plus(backoff.delay(failures));
      if (failures == 1) {
        log.warn(
            "Message broker unreachable: the outboxes keep their messages (metric"
                + " ecase.outbox.broker.waiting) and the relay tries again with back-off up to {}:"
                + " {}",
            properties.maxRetry(),
            e.toString());
      }
      return relayed;
    }
    if (failures > 0) {
      log.info(
          "Message broker reachable again after {} failed tries; relaying what waited", failures);
      failures = 0;
      nextTry = Instant.MIN;
    }
    return relayed;
  }

  /** Whether the last run found the broker unreachable. */
  synchronized boolean brokerDown() {
    return failures > 0;
  }

  private int relayAll(BrokerRoute route, Instant now) {
    int total = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int handed = relayBatch(route, now);
      total += handed;
      if (handed < properties.batchSize()) {
        break;
      }
    }
    return total;
  }

  /** One batch in one transaction; throws {@link Unconfirmed} after marking what was confirmed. */
  private int relayBatch(BrokerRoute route, Instant now) {
    int[] unconfirmed = new int[1];
    Integer confirmed =
        transactions.execute(
            status -> {
              List<Object> keys =
                  rows.due(
                      route.queue(),
                      now,
                      now.minus(properties.redeliverAfter()),
                      properties.batchSize());
              if (keys.isEmpty()) {
                return 0;
              }
              List<Object> held = publish(route, keys);
              rows.relayed(route.queue(), held, now);
              unconfirmed[0] = keys.size() - held.size();
              return held.size();
            });
    if (unconfirmed[0] > 0) {
      throw new Unconfirmed(
          unconfirmed[0] + " messages of " + route.name() + " not confirmed by the broker");
    }
    return confirmed == null ? 0 : confirmed;
  }

  /** Publishes a message per key; returns the keys whose messages the broker confirmed. */
  private List<Object> publish(BrokerRoute route, List<Object> keys) {
    String queue = BrokerConfiguration.queueName(properties, route);
    List<CorrelationData> sent = new ArrayList<>(keys.size());
    for (Object key : keys) {
      CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
      rabbit.send("", queue, message(route, key), correlation);
      sent.add(correlation);
    }
    long deadline = System.nanoTime() + properties.confirmTimeout().toNanos();
    List<Object> held = new ArrayList<>(keys.size());
    for (int i = 0; i < sent.size(); i++) {
      if (confirmed(sent.get(i), deadline)) {
        held.add(keys.get(i));
      }
    }
    return held;
  }

  private static boolean confirmed(CorrelationData correlation, long deadline) {
    try {
      CorrelationData.Confirm confirm =
          correlation
              .getFuture()
              .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      // a message returned as unroutable (its queue gone) is acknowledged too, but not held
      return confirm.ack() && correlation.getReturned() == null;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Message message(BrokerRoute route, Object key) {
    return MessageBuilder.withBody(String.valueOf(key).getBytes(StandardCharsets.UTF_8))
        .setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN)
        .setContentEncoding(StandardCharsets.UTF_8.name())
        .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
        .setType(route.name())
        .build();
  }
}
