package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
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
    writer.handler(this::answer).handle(exchange);
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
      return oneRegistry(registry.get(), exchange);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer oneRegistry(Registry registry, HttpExchange exchange) throws IOException {
    return json.answer(
        exchange, () -> behaviours.of(registry), change -> behaviours.update(registry, change));
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
