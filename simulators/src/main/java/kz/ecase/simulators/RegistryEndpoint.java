package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One registry's HTTP endpoint under {@code /<id>/}: plans each GET request by the registry's
 * current behaviour (outage, API key, hang, latency, error), waits as planned on its own thread,
 * and answers from the registry's lookup. When the simulators close, a waiting request is dropped.
 */
final class RegistryEndpoint implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(RegistryEndpoint.class.getName());

  private final Registry registry;
  private final RegistryLookup lookup;
  private final Behaviours behaviours;
  private final AnswerWriter writer;

  RegistryEndpoint(
      Registry registry, RegistryLookup lookup, Behaviours behaviours, AnswerWriter writer) {
    this.registry = registry;
    this.lookup = lookup;
    this.behaviours = behaviours;
    this.writer = writer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (!exchange.getRequestMethod().equals("GET")) {
        writer.send(exchange, Answer.METHOD_NOT_ALLOWED);
        return;
      }
      ResponsePlan plan =
          ResponsePlan.of(
              behaviours.of(registry),
              exchange.getRequestHeaders().getFirst("X-Api-Key"),
              ThreadLocalRandom.current());
      Thread.sleep(plan.delayMillis());
      writer.send(exchange, answer(plan, exchange.getRequestURI().getPath()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private Answer answer(ResponsePlan plan, String path) {
    return switch (plan.outcome()) {
      case ANSWER -> lookUp(path.substring(registry.id().length() + 2));
      case UNAUTHORIZED -> Answer.UNAUTHORIZED;
      case OUTAGE, HANG, ERROR -> Answer.UNAVAILABLE;
    };
  }

  private Answer lookUp(String path) {
    try {
      return lookup.lookUp(path);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, registry.id() + " failed on " + path, e);
      return Answer.INTERNAL_ERROR;
    }
  }
}
