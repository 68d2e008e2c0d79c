package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API under {@code /admin/}: {@code GET /admin/registries} shows every registry's
 * behaviour, {@code GET|PUT /admin/registries/<id>} shows or changes one (400 with a message for an
 * invalid change, which then changes nothing), {@code POST /admin/reset} restores the defaults.
 */
final class AdminEndpoint implements HttpHandler {

  private static final String REGISTRIES = "/admin/registries";
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final Behaviours behaviours;
  private final BehaviourJson json;
  private final JsonMapper mapper;
  private final AnswerWriter writer;

  AdminEndpoint(Behaviours behaviours, JsonMapper mapper, AnswerWriter writer) {
    this.behaviours = behaviours;
    this.json = new BehaviourJson(mapper);
    this.mapper = mapper;
    this.writer = writer;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      writer.send(exchange, answer(exchange));
    } finally {
      exchange.close();
    }
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/admin/reset")) {
      if (!method.equals("POST")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      behaviours.reset();
      return Answer.ok(all());
    }
    if (path.equals(REGISTRIES)) {
      return method.equals("GET") ? Answer.ok(all()) : Answer.METHOD_NOT_ALLOWED;
    }
    if (path.startsWith(REGISTRIES + "/")) {
      String id = path.substring(REGISTRIES.length() + 1);
      Optional<Registry> registry = Registry.byId(id);
      if (registry.isEmpty()) {
        return Answer.error(
            404, "unknown-registry", "no registry '" + id + "'; known: " + knownIds());
      }
      return oneRegistry(registry.get(), method, exchange);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer oneRegistry(Registry registry, String method, HttpExchange exchange)
      throws IOException {
    if (method.equals("GET")) {
      return Answer.ok(json.toJson(behaviours.of(registry)));
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
    String body = new String(bytes, StandardCharsets.UTF_8);
    try {
      Behaviour updated = behaviours.update(registry, current -> json.update(current, body));
      return Answer.ok(json.toJson(updated));
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-behaviour", e.getMessage());
    }
  }

  private ObjectNode all() {
    ObjectNode node = mapper.createObjectNode();
    for (Map.Entry<Registry, Behaviour> entry : behaviours.all().entrySet()) {
      node.set(entry.getKey().id(), json.toJson(entry.getValue()));
    }
    return node;
  }

  private static String knownIds() {
    return Arrays.stream(Registry.values()).map(Registry::id).collect(Collectors.joining(", "));
  }
}
