package kz.ecase.procedure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The message broker the outboxes relay through (docs/scaling.md, Message broker).
 *
 * @param url {@code amqp://user:password@host:5672/vhost} (ECASE_BROKER_URL); empty: no broker,
 *     each outbox's dispatcher polls its table and calls the external system itself, as before
 * @param queuePrefix the durable queues are named {@code <prefix><route>}, e.g. {@code
 *     ecase.outbox.sms}
 * @param pollInterval how often the relay looks for due rows
 * @param batchSize rows handed to the broker per claim (and messages a consumer takes at once)
 * @param confirmTimeout how long the relay waits for the broker to confirm a batch; rows it did not
 *     confirm in time are relayed again
 * @param redeliverAfter a row the broker confirmed but that no consumer took (the queue purged, a
 *     consumer that failed before claiming it) is relayed again this long after
 * @param firstRetry the relay's first wait after the broker could not be reached, doubling after
 *     each further failure up to {@code maxRetry}
 * @param maxRetry the relay's longest wait between two tries to reach the broker
 * @param consumers consumer threads per queue on this instance
 */
@ConfigurationProperties("ecase.broker")
public record BrokerProperties(
    @DefaultValue("") String url,
    @DefaultValue("ecase.outbox.") String queuePrefix,
    @DefaultValue("200ms") Duration pollInterval,
    @DefaultValue("128") int batchSize,
    @DefaultValue("5s") Duration confirmTimeout,
    @DefaultValue("10m") Duration redeliverAfter,
    @DefaultValue("1s") Duration firstRetry,
    @DefaultValue("30s") Duration maxRetry,
    @DefaultValue("2") int consumers) {

  public BrokerProperties {
    if (batchSize < 1 || consumers < 1) {
      throw new IllegalArgumentException(
          "ecase.broker batch-size and consumers must be at least 1");
    }
  }

  /** Whether the outboxes relay through the broker (ECASE_BROKER_URL set). */
  public boolean enabled() {
    return url != null && !url.isBlank();
  }

  /** The relay's back-off while the broker cannot be reached: the kernel's retry policy. */
  public RetryPolicy retryPolicy() {
    return new RetryPolicy(firstRetry, maxRetry, 0);
  }
}
