package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated SMS gateway under {@code /sms/}: {@code POST /sms/messages} accepts a message (202,
 * idempotent on {@code clientRef}), {@code GET /sms/messages/{id}} shows one, {@code GET
 * /sms/messages?to=…} lists what was sent to a phone. Messages are delivered at once. Its behaviour
 * (latency, error rate, hangs, outage) is shown and changed by {@code GET|PUT /admin/sms}, with the
 * same fields as a registry's.
 */
final class SmsGateway implements HttpHandler {

  static final String ADMIN_PATH = "/admin/sms";
  private static final String MESSAGES = "/sms/messages";
  private static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int MAX_TEXT = 1000;

  /** One message the gateway accepted. */
  record Message(String id, String to, String text, String clientRef, String status) {}

  private final Map<String, Message> byId = new ConcurrentHashMap<>();
  private final Map<String, Message> byClientRef = new ConcurrentHashMap<>();
  private final JsonMapper mapper;
  private final BehaviourJson json;
  private final AnswerWriter writer;
  private volatile Behaviour behaviour = Behaviour.DEFAULT;

  SmsGateway(JsonMapper mapper, AnswerWriter writer) {
    this.mapper = mapper;
    this.json = new BehaviourJson(mapper);
    this.writer = writer;
  }

  Behaviour behaviour() {
    return behaviour;
  }

  void configure(Behaviour behaviour) {
    this.behaviour = behaviour;
  }

  /** Back to the default behaviour, forgetting every message. */
  void reset() {
    behaviour = Behaviour.DEFAULT;
    synchronized (this) {
      byId.clear();
      byClientRef.clear();
    }
  }

  List<Message> sentTo(String phone) {
    List<Message> sent = new ArrayList<>();
    for (Message message : byId.values()) {
      if (message.to().equals(phone)) {
        sent.add(message);
      }
    }
    return sent;
  }

  /** The admin route {@code /admin/sms}. */
  HttpHandler admin() {
    return exchange -> {
      try {
        writer.send(exchange, adminAnswer(exchange));
      } finally {
        exchange.close();
      }
    };
  }

  private Answer adminAnswer(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(ADMIN_PATH)) {
      return Answer.UNKNOWN_PATH;
    }
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return Answer.ok(json.toJson(behaviour));
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    String body =
        new String(exchange.getRequestBody().readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    try {
      synchronized (this) {
        behaviour = json.update(behaviour, body);
      }
      return Answer.ok(json.toJson(behaviour));
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-behaviour", e.getMessage());
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      ResponsePlan plan =
          ResponsePlan.of(
              behaviour,
              exchange.getRequestHeaders().getFirst("X-Api-Key"),
              ThreadLocalRandom.current());
      Thread.sleep(plan.delayMillis());
      Answer answer =
          switch (plan.outcome()) {
            case ANSWER -> answer(exchange);
            case UNAUTHORIZED -> Answer.UNAUTHORIZED;
            case OUTAGE, HANG, ERROR -> Answer.UNAVAILABLE;
          };
      writer.send(exchange, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals(MESSAGES)) {
      if (method.equals("POST")) {
        return send(exchange.getRequestBody().readNBytes(MAX_BODY_BYTES));
      }
      if (method.equals("GET")) {
        String to = query(exchange.getRequestURI().getRawQuery(), "to");
        if (to == null) {
          return Answer.error(400, "missing-to", "say whose messages: ?to=+77011234567");
        }
        return Answer.ok(sentTo(to));
      }
      return Answer.METHOD_NOT_ALLOWED;
    }
    if (path.startsWith(MESSAGES + "/")) {
      if (!method.equals("GET")) {
        return Answer.METHOD_NOT_ALLOWED;
      }
      Message message = byId.get(path.substring(MESSAGES.length() + 1));
      return message == null ? Answer.NOT_FOUND : Answer.ok(message);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer send(byte[] body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JacksonException e) {
      return Answer.error(400, "invalid-json", "the body is not JSON");
    }
    String to = text(request, "to");
    String text = text(request, "text");
    String clientRef = text(request, "clientRef");
    if (to == null || !PHONE.matcher(to).matches()) {
      return Answer.error(400, "invalid-phone", "'to' must look like +77011234567");
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      return Answer.error(400, "invalid-text", "'text' must have 1 to " + MAX_TEXT + " characters");
    }
    Message message;
    synchronized (this) {
      message = clientRef == null ? null : byClientRef.get(clientRef);
      if (message == null) {
        message = new Message(UUID.randomUUID().toString(), to, text, clientRef, "DELIVERED");
        byId.put(message.id(), message);
        if (clientRef != null) {
          byClientRef.put(clientRef, message);
        }
      }
    }
    return new Answer(202, Map.of("id", message.id(), "status", "ACCEPTED"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isString() ? null : value.asString();
  }

  private static String query(String raw, String name) {
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
}
