package kz.ecase.procedure;

import java.util.List;
import java.util.function.Consumer;

/**
 * An outbox whose messages go through the broker when one is configured ({@link
 * BrokerProperties#enabled()}): a relay hands its due rows to the durable queue {@code
 * <prefix><name>} as persistent messages that carry only the row's key, and the consumers on every
 * instance give the keys they receive to {@code deliver}. {@code deliver} claims those rows with
 * {@link OutboxClaims} (keyed), which skips a row that is not due (delivered already, or being
 * delivered: a message the broker delivered twice), calls the external system with the row's
 * idempotency key and records the outcome in the row; a failure sets the row's next attempt by the
 * module's {@link RetryPolicy}, and the relay hands the row to the broker again when it is due.
 * Declared by the module that owns the outbox as a bean; without a broker nothing uses it.
 *
 * @param name the queue's name after the prefix, e.g. {@code sms}
 * @param queue the outbox table as the kernel's claims see it
 * @param active whether this instance relays and consumes this outbox (e.g. ECASE_SMS_DISPATCH)
 * @param deliver delivers the rows of these keys (as text), each at most once at a time
 */
public record BrokerRoute(
    String name, OutboxQueue queue, boolean active, Consumer<List<String>> deliver) {

  public BrokerRoute {
    if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a route name: " + name);
    }
  }
}
