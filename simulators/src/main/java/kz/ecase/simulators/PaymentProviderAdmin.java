package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET|PUT /admin/payment-provider}: shows or changes the payment provider's settings ({@code
 * latencyMs}, {@code errorRate}, {@code dropCallbackRate}, {@code duplicateCallbacks}, {@code
 * callbackDelayMs}, {@code secret}); a PUT names only what it changes, an invalid change is 400 and
 * changes nothing. {@code POST /admin/payment-provider/reset} restores the defaults.
 */
final class PaymentProviderAdmin implements HttpHandler {

  private static final String FIELDS =
      "latencyMs, errorRate, dropCallbackRate, duplicateCallbacks, callbackDelayMs, secret";

  private final PaymentProvider provider;
  private final JsonMapper mapper;
  private final AnswerWriter writer;

  PaymentProviderAdmin(PaymentProvider provider, JsonMapper mapper, AnswerWriter writer) {
    this.provider = provider;
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
    if (path.equals(PaymentProvider.ADMIN_PATH + "/reset")) {
      if (!method.equals("POST")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      provider.configure(PaymentProviderSettings.DEFAULT.withSecret(provider.settings().secret()));
      return Answer.ok(json(provider.settings()));
    }
    if (!path.equals(PaymentProvider.ADMIN_PATH)) {
      return Answer.UNKNOWN_PATH;
    }
    if (method.equals("GET")) {
      return Answer.ok(json(provider.settings()));
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    String body = Requests.bodyText(exchange);
    try {
      PaymentProviderSettings updated = updated(provider.settings(), body);
      provider.configure(updated);
      return Answer.ok(json(updated));
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-behaviour", e.getMessage());
    }
  }

  private PaymentProviderSettings updated(PaymentProviderSettings current, String body) {
    PaymentProviderSettings settings = current;
    for (var field : BehaviourJson.changes(mapper, body, FIELDS).properties()) {
      JsonNode value = field.getValue();
      settings =
          switch (field.getKey()) {
            case "latencyMs" -> settings.withLatency(BehaviourJson.latency(value));
            case "errorRate" -> settings.withErrorRate(number(field.getKey(), value));
            case "dropCallbackRate" -> settings.withDropCallbackRate(number(field.getKey(), value));
            case "duplicateCallbacks" ->
                settings.withDuplicateCallbacks((int) number(field.getKey(), value));
            case "callbackDelayMs" ->
                settings.withCallbackDelayMs((long) number(field.getKey(), value));
            case "secret" -> {
              if (!value.isString()) {
                throw new IllegalArgumentException("secret must be a string");
              }
              yield settings.withSecret(value.stringValue());
            }
            default ->
                throw new IllegalArgumentException(
                    "unknown field '" + field.getKey() + "'; known: " + FIELDS);
          };
    }
    return settings;
  }

  private static double number(String name, JsonNode value) {
    if (!value.isNumber()) {
      throw new IllegalArgumentException(name + " must be a number");
    }
    return value.doubleValue();
  }

  /** The settings without the secret, which the admin API never shows. */
  private ObjectNode json(PaymentProviderSettings settings) {
    ObjectNode node = mapper.createObjectNode();
    BehaviourJson.putLatency(node, settings.latency());
    node.put("errorRate", settings.errorRate());
    node.put("dropCallbackRate", settings.dropCallbackRate());
    node.put("duplicateCallbacks", settings.duplicateCallbacks());
    node.put("callbackDelayMs", settings.callbackDelayMs());
    return node;
  }
}
