package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A behaviour as the admin API shows and changes it: {@code {"latencyMs": {"min": 20, "max": 80} |
 * {"median": 200, "p99": 800}, "errorRate": 0.0, "hangRate": 0.0, "outage": false, "apiKey":
 * null}}. An update names only the fields it changes; anything unknown or out of range is refused
 * with an {@link IllegalArgumentException} whose message says why.
 */
final class BehaviourJson {

  private static final String FIELDS = "latencyMs, errorRate, hangRate, outage, apiKey";
  private static final String LATENCY_SHAPES =
      "latencyMs takes {\"min\":…,\"max\":…} (uniform) or {\"median\":…,\"p99\":…} (log-normal)";

  private final JsonMapper mapper;

  BehaviourJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The admin API of one behaviour: GET shows it, PUT changes it through {@code change} (which
   * applies an update atomically and gives the result); an invalid change is 400 and changes
   * nothing.
   */
  Answer answer(
      HttpExchange exchange,
      Supplier<Behaviour> current,
      Function<UnaryOperator<Behaviour>, Behaviour> change)
      throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return Answer.ok(toJson(current.get()));
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    String body = Requests.bodyText(exchange);
    try {
      return Answer.ok(toJson(change.apply(behaviour -> update(behaviour, body))));
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-behaviour", e.getMessage());
    }
  }

  ObjectNode toJson(Behaviour behaviour) {
    ObjectNode node = mapper.createObjectNode();
    putLatency(node, behaviour.latency());
    node.put("errorRate", behaviour.errorRate());
    node.put("hangRate", behaviour.hangRate());
    node.put("outage", behaviour.outage());
    node.put("apiKey", behaviour.apiKey());
    return node;
  }

  /** Writes the latency as {@code "latencyMs": {"min", "max"} | {"median", "p99"}}. */
  static void putLatency(ObjectNode node, Latency latency) {
    ObjectNode json = node.putObject("latencyMs");
    if (latency instanceof Latency.Uniform uniform) {
      json.put("min", uniform.minMs()).put("max", uniform.maxMs());
    } else if (latency instanceof Latency.LogNormal logNormal) {
      json.put("median", logNormal.medianMs()).put("p99", logNormal.p99Ms());
    }
  }

  /**
   * The changes an admin PUT asks for: its body, a JSON object with some of the fields; else an
   * {@link IllegalArgumentException}.
   */
  static JsonNode changes(JsonMapper mapper, String body, String fields) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object with some of " + fields);
    }
    return root;
  }

  /** The current behaviour with the changes in {@code body}, a JSON object. */
  Behaviour update(Behaviour current, String body) {
    Behaviour updated = current;
    for (var field : changes(mapper, body, FIELDS).properties()) {
      updated = updated(updated, field.getKey(), field.getValue());
    }
    return updated;
  }

  private static Behaviour updated(Behaviour behaviour, String name, JsonNode value) {
    return switch (name) {
      case "latencyMs" -> behaviour.withLatency(latency(value));
      case "errorRate" -> behaviour.withErrorRate(share(name, value));
      case "hangRate" -> behaviour.withHangRate(share(name, value));
      case "outage" -> {
        if (!value.isBoolean()) {
          throw new IllegalArgumentException("outage must be true or false");
        }
        yield behaviour.withOutage(value.booleanValue());
      }
      case "apiKey" -> {
        if (!value.isNull() && !value.isString()) {
          throw new IllegalArgumentException("apiKey must be a string or null");
        }
        yield behaviour.withApiKey(value.isNull() ? null : value.stringValue());
      }
      default ->
          throw new IllegalArgumentException("unknown field '" + name + "'; known: " + FIELDS);
    };
  }

  private static double share(String name, JsonNode value) {
    if (!value.isNumber()) {
      throw new IllegalArgumentException(name + " must be a number from 0.0 to 1.0");
    }
    return value.doubleValue();
  }

  static Latency latency(JsonNode value) {
    if (!value.isObject()) {
      throw new IllegalArgumentException(LATENCY_SHAPES);
    }
    Set<String> names = Set.copyOf(value.propertyNames());
    if (names.equals(Set.of("min", "max"))) {
      return Latency.uniform(millis(value, "min"), millis(value, "max"));
    }
    if (names.equals(Set.of("median", "p99"))) {
      return Latency.logNormal(millis(value, "median"), millis(value, "p99"));
    }
    throw new IllegalArgumentException(LATENCY_SHAPES);
  }

  private static long millis(JsonNode latency, String name) {
    JsonNode value = latency.get(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(
          "latencyMs." + name + " must be a whole number of milliseconds");
    }
    return value.longValue();
  }
}
