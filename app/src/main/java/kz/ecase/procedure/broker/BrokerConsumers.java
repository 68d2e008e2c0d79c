package kz.ecase.procedure.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.ecase.procedure.BrokerProperties;
import kz.ecase.procedure.BrokerRoute;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BatchMessageListener;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The consumers of this instance: per active route, {@code consumers} threads that take up to
 * {@code batch-size} messages at once and give their keys to the route, which claims the rows that
 * are still due and delivers them. A batch is acknowledged when the route returns; when it throws
 * (the database gone), the messages are dropped, not requeued (a requeue would loop at once while
 * the cause lasts): their rows stay due in the outbox and the relay hands them over again after
 * {@code redeliver-after}. Started after, and stopped before, everything else (the listener
 * containers' lifecycle phase), so a batch under way finishes while the database is still there.
 */
final class BrokerConsumers implements SmartLifecycle {

  private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();
  private volatile boolean running;

  BrokerConsumers(
      List<BrokerRoute> routes, BrokerProperties properties, ConnectionFactory connections) {
    for (BrokerRoute route : routes) {
      if (route.active()) {
        containers.add(container(route, properties, connections));
      }
    }
  }

  private static SimpleMessageListenerContainer container(
      BrokerRoute route, BrokerProperties properties, ConnectionFactory connections) {
    SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
    container.setQueueNames(BrokerConfiguration.queueName(properties, route));
    container.setConcurrentConsumers(properties.consumers());
    container.setPrefetchCount(properties.batchSize());
    container.setConsumerBatchEnabled(true);
    container.setBatchSize(properties.batchSize());
    container.setReceiveTimeout(100);
    container.setBatchReceiveTimeout(200);
    container.setAcknowledgeMode(AcknowledgeMode.AUTO);
    container.setDefaultRequeueRejected(false);
    container.setMissingQueuesFatal(false);
    ExponentialBackOff recovery = new ExponentialBackOff(1000, 2.0);
    recovery.setMaxInterval(properties.maxRetry().toMillis());
    container.setRecoveryBackOff(recovery);
    container.setMessageListener(
        (BatchMessageListener)
            messages -> {
              List<String> keys = new ArrayList<>(messages.size());
              for (Message message : messages) {
                keys.add(new String(message.getBody(), StandardCharsets.UTF_8));
              }
              route.deliver().accept(keys);
            });
    container.setBeanName("broker-" + route.name());
    container.afterPropertiesSet();
    return container;
  }

  @Override
  public void start() {
    containers.forEach(SimpleMessageListenerContainer::start);
    running = true;
  }

  @Override
  public void stop() {
    containers.forEach(SimpleMessageListenerContainer::stop);
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }
}
