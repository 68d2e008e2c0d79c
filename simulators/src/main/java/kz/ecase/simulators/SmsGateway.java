package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulated SMS gateway under {@code /sms/}: {@code POST /sms/messages} accepts a message (202,
 * idempotent on {@code clientRef}), {@code GET /sms/messages/{id}} shows one with its delivery
 * report, {@code GET /sms/messages?to=…} lists what was sent to a phone. A message's delivery is
 * decided when it is accepted: FAILED for a phone set to fail and at the failure rate, otherwise
 * DELIVERED ({@code GET|PUT /admin/sms/delivery}). Its behaviour (latency, error rate, hangs,
 * outage, API key) is shown and changed by {@code GET|PUT /admin/sms}, with the same fields as a
 * registry's.
 */
final class SmsGateway implements HttpHandler {

  static final String ADMIN_PATH = "/admin/sms";
  private static final String DELIVERY_PATH = ADMIN_PATH + "/delivery";
  private static final String MESSAGES = "/sms/messages";
  private static final Pattern PHONE = Pattern.compile("\\+7\\d{10}");
  private static final int MAX_TEXT = 1000;

  private final Map<String, SmsMessage> byId = new ConcurrentHashMap<>();
  private final Map<String, SmsMessage> byClientRef = new ConcurrentHashMap<>();
  private volatile SmsDelivery delivery = SmsDelivery.ALWAYS;
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

  SmsDelivery delivery() {
    return delivery;
  }

  void configure(SmsDelivery delivery) {
    this.delivery = delivery;
  }

  /** Back to the default behaviour and delivery, forgetting every message. */
  void reset() {
    behaviour = Behaviour.DEFAULT;
    delivery = SmsDelivery.ALWAYS;
    synchronized (this) {
      byId.clear();
      byClientRef.clear();
    }
  }

  List<SmsMessage> sentTo(String phone) {
    List<SmsMessage> sent = new ArrayList<>();
    for (SmsMessage message : byId.values()) {
      if (message.to().equals(phone)) {
        sent.add(message);
      }
    }
    return sent;
  }

  /** The admin route {@code /admin/sms}. */
  HttpHandler admin() {
    return writer.handler(this::adminAnswer);
  }

  SmsMessage withClientRef(String clientRef) {
    return byClientRef.get(clientRef);
  }

  private Answer adminAnswer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals(DELIVERY_PATH)) {
      return deliveryAnswer(exchange);
    }
    if (!path.equals(ADMIN_PATH)) {
      return Answer.UNKNOWN_PATH;
    }
    return json.answer(exchange, () -> behaviour, this::changeBehaviour);
  }

  private synchronized Behaviour changeBehaviour(UnaryOperator<Behaviour> change) {
    behaviour = change.apply(behaviour);
    return behaviour;
  }

  private Answer deliveryAnswer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      return Answer.ok(delivery);
    }
    if (!method.equals("PUT")) {
      return Answer.METHOD_NOT_ALLOWED;
    }
    byte[] body = Requests.body(exchange);
    try {
      SmsDelivery changed = mapper.readValue(body, SmsDelivery.class);
      delivery = changed;
      return Answer.ok(changed);
    } catch (JacksonException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      return Answer.error(400, "invalid-delivery", cause.getMessage());
    } catch (IllegalArgumentException e) {
      return Answer.error(400, "invalid-delivery", e.getMessage());
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    writer.sendAsPlanned(exchange, behaviour, this::answer);
  }

  private Answer answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals(MESSAGES)) {
      if (method.equals("POST")) {
        return send(Requests.body(exchange));
      }
      if (method.equals("GET")) {
        String to = Requests.query(exchange, "to");
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
      SmsMessage message = byId.get(path.substring(MESSAGES.length() + 1));
      return message == null ? Answer.NOT_FOUND : Answer.ok(message);
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer send(byte[] body) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JacksonException e) {
      return Answer.INVALID_JSON;
    }
    String to = Requests.text(request, "to");
    String text = Requests.text(request, "text");
    String clientRef = Requests.text(request, "clientRef");
    if (to == null || !PHONE.matcher(to).matches()) {
      return Answer.error(400, "invalid-phone", "'to' must look like +77011234567");
    }
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      return Answer.error(400, "invalid-text", "'text' must have 1 to " + MAX_TEXT + " characters");
    }
    SmsMessage message;
    synchronized (this) {
      SmsMessage earlier = clientRef == null ? null : byClientRef.get(clientRef);
      message =
          earlier == null
              ? new SmsMessage(
                  UUID.randomUUID().toString(),
                  to,
                  text,
                  clientRef,
                  delivery.fails(to, ThreadLocalRandom.current()) ? "FAILED" : "DELIVERED",
                  1)
              : earlier.submittedAgain();
      byId.put(message.id(), message);
      if (clientRef != null) {
        byClientRef.put(clientRef, message);
      }
    }
    return new Answer(202, Map.of("id", message.id(), "status", "ACCEPTED"));
  }
}
