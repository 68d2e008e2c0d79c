package kz.ecase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The machine's RabbitMQ ({@code ECASE_TEST_BROKER_URL}, default {@code
 * amqp://guest:guest@127.0.0.1:5672}) as one test class's broker: queues of its own (a random
 * prefix, deleted afterwards), reached directly or through a {@link TcpGate} that the test shuts
 * and opens as a broker that goes down and comes back, without stopping the machine's RabbitMQ.
 */
public final class TestBroker {

  /** The queues of every outbox that may go through the broker. */
  public static final List<String> ROUTES = List.of("sms", "enforcement", "court");

  private final String prefix = "ecase-it-" + UUID.randomUUID() + ".";
  private final TcpGate gate;

  private TestBroker(TcpGate gate) {
    this.gate = gate;
  }

  /** The broker as it is. */
  public static TestBroker direct() {
    return new TestBroker(null);
  }

  /** The broker through a gate, shut until the test opens it. */
  public static TestBroker throughGate() {
    URI broker = URI.create(url());
    try {
      return new TestBroker(
          new TcpGate(broker.getHost(), broker.getPort() < 0 ? 5672 : broker.getPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The machine's RabbitMQ (guest works only from localhost). */
  public static String url() {
    String url = System.getenv("ECASE_TEST_BROKER_URL");
    return url == null || url.isBlank() ? "amqp://guest:guest@127.0.0.1:5672" : url;
  }

  /** Sets {@code ecase.broker.url} (to the gate, if any) and the queues' prefix. */
  public void register(DynamicPropertyRegistry registry) {
    String url = url();
    if (gate != null) {
      URI broker = URI.create(url);
      url = "amqp://" + broker.getRawUserInfo() + "@127.0.0.1:" + gate.port() + broker.getRawPath();
    }
    String configured = url;
    registry.add("ecase.broker.url", () -> configured);
    registry.add("ecase.broker.queue-prefix", () -> prefix);
  }

  /** The queue of a route, e.g. {@code court}. */
  public String queue(String route) {
    return prefix + route;
  }

  /** The gate between the application and the broker; only for {@link #throughGate()}. */
  public TcpGate gate() {
    if (gate == null) {
      throw new IllegalStateException("a broker reached directly has no gate");
    }
    return gate;
  }

  /** Deletes this class's queues (through the gate, opened for it) and shuts the gate for good. */
  public void close(RabbitAdmin admin) {
    try {
      if (gate != null) {
        gate.open();
      }
      for (String route : ROUTES) {
        admin.deleteQueue(queue(route));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (gate != null) {
        gate.close();
      }
    }
  }
}
