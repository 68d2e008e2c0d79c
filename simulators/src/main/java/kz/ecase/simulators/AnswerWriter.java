package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends an {@link Answer} as the response to an exchange: its status and its body as UTF-8 JSON
 * (or, for a file, its bytes).
 */
final class AnswerWriter {

  private final JsonMapper mapper;

  AnswerWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body;
    if (answer.body() instanceof Answer.Raw raw) {
      body = raw.bytes();
      exchange.getResponseHeaders().set("Content-Type", raw.contentType());
    } else {
      body = mapper.writeValueAsBytes(answer.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A simulated service's answer to one request. */
  @FunctionalInterface
  interface Service {
    Answer answer(HttpExchange exchange) throws IOException;
  }

  /** A handler that sends the service's answer and closes the exchange. */
  HttpHandler handler(Service service) {
    return exchange -> {
      try {
        send(exchange, service.answer(exchange));
      } finally {
        exchange.close();
      }
    };
  }

  /**
   * Answers as the behaviour plans: after its delay, refused without the API key (when it asks for
   * one), unavailable in an outage, a hang or an error, else the service's answer; then closes.
   */
  void sendAsPlanned(HttpExchange exchange, Behaviour behaviour, Service service)
      throws IOException {
    try {
      ResponsePlan plan =
          ResponsePlan.of(
              behaviour,
              exchange.getRequestHeaders().getFirst("X-Api-Key"),
              ThreadLocalRandom.current());
      Thread.sleep(plan.delayMillis());
      Answer answer =
          switch (plan.outcome()) {
            case ANSWER -> service.answer(exchange);
            case UNAUTHORIZED -> Answer.UNAUTHORIZED;
            case OUTAGE, HANG, ERROR -> Answer.UNAVAILABLE;
          };
      send(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }
}
