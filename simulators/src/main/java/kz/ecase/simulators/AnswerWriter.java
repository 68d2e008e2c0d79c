package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends an {@link Answer} as the response to an exchange: its status and its body as UTF-8 JSON.
 */
final class AnswerWriter {

  private final JsonMapper mapper;

  AnswerWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = mapper.writeValueAsBytes(answer.body());
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
