package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** What the simulated services read from a request: its body, query parameters, JSON fields. */
final class Requests {

  /** The most of a request body any simulator reads. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private Requests() {}

  /** The body's bytes, at most {@link #MAX_BODY_BYTES}. */
  static byte[] body(HttpExchange exchange) throws IOException {
    return exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
  }

  /** The body as UTF-8 text, at most {@link #MAX_BODY_BYTES} bytes of it. */
  static String bodyText(HttpExchange exchange) throws IOException {
    return new String(body(exchange), StandardCharsets.UTF_8);
  }

  /** The decoded value of the query parameter, or null when it is not there. */
  static String query(HttpExchange exchange, String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The field's text, or null when the node or the field is missing or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isString() ? null : value.asString();
  }

  /** The field's number, or null when the node or the field is missing or not a number. */
  static BigDecimal amount(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isNumber() ? null : value.decimalValue();
  }
}
