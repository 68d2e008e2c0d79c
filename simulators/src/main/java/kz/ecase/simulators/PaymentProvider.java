package kz.ecase.simulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider (card and QR acquiring) under {@code /payment-provider/}: the merchant creates
 * a payment for a reference and an amount ({@code POST /payments} → its id and a pay URL), the
 * person completes it on the pay page ({@code GET|POST /payments/{id}/pay}), and the provider calls
 * the merchant's callback URL with the payment, signed with HMAC-SHA256 over {@code timestamp + "."
 * + body} ({@code X-Payment-Timestamp}, {@code X-Payment-Signature}, hex), retrying until it is
 * answered 2xx. {@code GET /statements/{date}} lists the day's completed payments for
 * reconciliation. Its behaviour (latency, errors, lost, repeated and delayed callbacks, the secret)
 * is set through {@link #configure} or {@code /admin/payment-provider}.
 */
public final class PaymentProvider implements HttpHandler {

  static final String PATH = "/payment-provider";
  static final String ADMIN_PATH = "/admin/payment-provider";

  /** A payment as the provider keeps it. */
  public record Payment(
      String id,
      String reference,
      BigDecimal amountKzt,
      String description,
      String callbackUrl,
      String returnUrl,
      String status,
      BigDecimal paidKzt,
      String method,
      Instant paidAt) {}

  private static final int CALLBACK_ATTEMPTS = 6;

  private final JsonMapper mapper;
  private final AnswerWriter writer;
  private final Clock clock;
  private final Map<String, Payment> payments = new ConcurrentHashMap<>();
  private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
  private final AtomicReference<PaymentProviderSettings> settings =
      new AtomicReference<>(PaymentProviderSettings.DEFAULT);
  private final ScheduledExecutorService callbacks =
      Executors.newScheduledThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "payment-provider-callbacks");
            thread.setDaemon(true);
            return thread;
          });
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  PaymentProvider(JsonMapper mapper, AnswerWriter writer, Clock clock) {
    this.mapper = mapper;
    this.writer = writer;
    this.clock = clock;
  }

  public PaymentProviderSettings settings() {
    return settings.get();
  }

  public void configure(PaymentProviderSettings value) {
    settings.set(value);
  }

  /** The payment with this id, if the provider has it. */
  public Optional<Payment> payment(String id) {
    return Optional.ofNullable(payments.get(id));
  }

  /** How many callbacks of this payment the merchant answered 2xx. */
  public int deliveredCallbacks(String paymentId) {
    return deliveries.getOrDefault(paymentId, 0);
  }

  void close() {
    callbacks.shutdownNow();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath().substring(PATH.length());
      String method = exchange.getRequestMethod();
      if (path.matches("/payments/[^/]+/pay") && method.equals("GET")) {
        payPage(exchange, path.split("/")[2]);
        return;
      }
      if (path.matches("/payments/[^/]+/pay") && method.equals("POST")) {
        pay(exchange, path.split("/")[2]);
        return;
      }
      writer.send(exchange, api(exchange, path, method));
    } finally {
      exchange.close();
    }
  }

  private Answer api(HttpExchange exchange, String path, String method) throws IOException {
    PaymentProviderSettings now = settings.get();
    pause(now.latency().sampleMillis(ThreadLocalRandom.current()));
    if (ThreadLocalRandom.current().nextDouble() < now.errorRate()) {
      return Answer.UNAVAILABLE;
    }
    if (path.equals("/payments")) {
      return method.equals("POST")
          ? create(
              Requests.bodyText(exchange),
              "http://" + exchange.getRequestHeaders().getFirst("Host"))
          : Answer.METHOD_NOT_ALLOWED;
    }
    if (path.matches("/payments/[^/]+")) {
      Payment payment = payments.get(path.substring("/payments/".length()));
      return payment == null ? Answer.NOT_FOUND : Answer.ok(payment);
    }
    if (path.matches("/statements/[^/]+")) {
      return method.equals("GET")
          ? statement(path.substring("/statements/".length()))
          : Answer.METHOD_NOT_ALLOWED;
    }
    return Answer.UNKNOWN_PATH;
  }

  private Answer create(String body, String origin) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (JacksonException e) {
      return Answer.error(400, "invalid-payment", "the body is not JSON");
    }
    String reference = request.path("reference").asString("");
    String callbackUrl = request.path("callbackUrl").asString("");
    String returnUrl = request.path("returnUrl").asString("");
    Optional<BigDecimal> amount = amount(request.path("amountKzt").asString(""));
    if (!reference.matches("[0-9A-Za-z-]{1,40}")) {
      return Answer.error(400, "invalid-payment", "reference: 1 to 40 letters and digits");
    }
    if (amount.isEmpty()) {
      return Answer.error(
          400, "invalid-payment", "amountKzt: a positive amount, e.g. \"21625.00\"");
    }
    if (!isHttpUrl(callbackUrl) || !(returnUrl.isEmpty() || isHttpUrl(returnUrl))) {
      return Answer.error(400, "invalid-payment", "callbackUrl and returnUrl: http(s) URLs");
    }
    String id = "pp-" + UUID.randomUUID();
    Payment payment =
        new Payment(
            id,
            reference,
            amount.get(),
            request.path("description").asString(""),
            callbackUrl,
            returnUrl,
            "CREATED",
            null,
            null,
            null);
    payments.put(id, payment);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("status", payment.status());
    answer.put("payUrl", origin + PATH + "/payments/" + id + "/pay");
    return new Answer(201, answer);
  }

  private Answer statement(String day) {
    LocalDate date;
    try {
      date = LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return Answer.error(400, "invalid-date", "a date is YYYY-MM-DD");
    }
    List<Map<String, Object>> lines =
        payments.values().stream()
            .filter(p -> p.paidAt() != null)
            .filter(
                p -> LocalDate.ofInstant(p.paidAt(), RegistrySimulators.KAZAKHSTAN).equals(date))
            .sorted(Comparator.comparing(Payment::paidAt))
            .map(this::notification)
            .toList();
    return Answer.ok(Map.of("date", date.toString(), "payments", lines));
  }

  private void payPage(HttpExchange exchange, String id) throws IOException {
    Payment payment = payments.get(id);
    if (payment == null) {
      writer.send(exchange, Answer.NOT_FOUND);
      return;
    }
    String html =
        """
        <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Оплата</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
        <h1>Оплата штрафа (симулятор)</h1><p>Номер для оплаты: <b id="reference">%s</b></p>
        <p>Сумма: <b id="amount">%s</b> ₸</p><p>%s</p>
        <form method="post"><input type="hidden" name="method" value="CARD">
        <button id="pay-card" type="submit">Оплатить картой</button></form>
        <form method="post"><input type="hidden" name="method" value="QR">
        <button id="pay-qr" type="submit">Оплатить по QR</button></form>
        </body></html>
        """
            .formatted(
                escape(payment.reference()),
                payment.amountKzt().toPlainString(),
                escape(payment.description()));
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Completes the payment: {@code method} (CARD or QR) and, to pay another sum than asked (a
   * partial or an over-payment), {@code amountKzt}, as a form or JSON. A browser is sent back to
   * the return URL; a JSON client gets the payment.
   */
  private void pay(HttpExchange exchange, String id) throws IOException {
    Payment created = payments.get(id);
    if (created == null) {
      writer.send(exchange, Answer.NOT_FOUND);
      return;
    }
    Map<String, String> fields = fields(exchange);
    String method = fields.getOrDefault("method", "CARD");
    Optional<BigDecimal> amount =
        fields.containsKey("amountKzt")
            ? amount(fields.get("amountKzt"))
            : Optional.of(created.amountKzt());
    if (!method.equals("CARD") && !method.equals("QR") || amount.isEmpty()) {
      writer.send(exchange, Answer.error(400, "invalid-payment", "method CARD or QR, amountKzt"));
      return;
    }
    Payment paid = completed(created, method, amount.get());
    if (paid == null) {
      writer.send(exchange, Answer.error(409, "already-paid", "the payment is completed"));
      return;
    }
    scheduleCallback(paid);
    String accept = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept")).orElse("");
    if (accept.contains("application/json") || paid.returnUrl().isEmpty()) {
      writer.send(exchange, Answer.ok(paid));
      return;
    }
    String back = paid.returnUrl() + (paid.returnUrl().contains("?") ? "&" : "?") + "payment=" + id;
    exchange.getResponseHeaders().set("Location", back);
    exchange.sendResponseHeaders(303, -1);
  }

  private synchronized Payment completed(Payment created, String method, BigDecimal amount) {
    if (!payments.get(created.id()).status().equals("CREATED")) {
      return null;
    }
    Payment paid =
        new Payment(
            created.id(),
            created.reference(),
            created.amountKzt(),
            created.description(),
            created.callbackUrl(),
            created.returnUrl(),
            "PAID",
            amount,
            method,
            clock.instant());
    payments.put(paid.id(), paid);
    return paid;
  }

  private void scheduleCallback(Payment paid) {
    PaymentProviderSettings now = settings.get();
    if (ThreadLocalRandom.current().nextDouble() < now.dropCallbackRate()) {
      return;
    }
    byte[] body = mapper.writeValueAsBytes(notification(paid));
    callbacks.schedule(
        () -> deliver(paid, body, now, 1, now.duplicateCallbacks()),
        now.callbackDelayMs(),
        TimeUnit.MILLISECONDS);
  }

  /** Sends the callback; retries a failure with backoff, and sends repeats once delivered. */
  private void deliver(
      Payment paid, byte[] body, PaymentProviderSettings with, int attempt, int repeats) {
    boolean delivered = send(paid.callbackUrl(), body, with.secret());
    if (delivered) {
      deliveries.merge(paid.id(), 1, Integer::sum);
      if (repeats > 0) {
        callbacks.schedule(
            () -> deliver(paid, body, with, 1, repeats - 1), 50, TimeUnit.MILLISECONDS);
      }
    } else if (attempt < CALLBACK_ATTEMPTS) {
      callbacks.schedule(
          () -> deliver(paid, body, with, attempt + 1, repeats),
          200L << attempt,
          TimeUnit.MILLISECONDS);
    }
  }

  private boolean send(String url, byte[] body, String secret) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(CallbackSignature.TIMESTAMP_HEADER, timestamp)
            .header(
                CallbackSignature.SIGNATURE_HEADER, CallbackSignature.sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Map<String, Object> notification(Payment paid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("paymentId", paid.id());
    body.put("reference", paid.reference());
    body.put("amountKzt", paid.paidKzt().toPlainString());
    body.put("method", paid.method());
    body.put("paidAt", paid.paidAt().toString());
    body.put("status", paid.status());
    return body;
  }

  private Map<String, String> fields(HttpExchange exchange) throws IOException {
    String body = Requests.bodyText(exchange);
    String type =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    Map<String, String> fields = new LinkedHashMap<>();
    if (type.contains("json")) {
      try {
        mapper
            .readTree(body)
            .properties()
            .forEach(f -> fields.put(f.getKey(), f.getValue().asString()));
      } catch (JacksonException | NullPointerException e) {
        return fields;
      }
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static Optional<BigDecimal> amount(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      return value.signum() > 0 && value.scale() <= 2
          ? Optional.of(value.setScale(2))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isHttpUrl(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
