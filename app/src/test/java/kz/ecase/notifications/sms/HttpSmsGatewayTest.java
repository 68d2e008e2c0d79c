package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kz.ecase.notifications.sms.SmsGateway.Delivery;
import kz.ecase.notifications.sms.SmsGateway.SmsGatewayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway's HTTP contract as ecase speaks it, against a gateway that answers what each test
 * needs: what is sent, how answers become ids, reports and errors (permanent or worth a retry), and
 * that connections are kept alive between calls.
 */
class HttpSmsGatewayTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<String> apiKeySeen = new AtomicReference<>();
  private final AtomicInteger status = new AtomicInteger(202);
  private final AtomicReference<String> answer = new AtomicReference<>("{\"id\":\"gw-1\"}");
  private final List<Integer> remotePorts = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private HttpSmsGateway gateway;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/sms/messages", this::answer);
    server.start();
    gateway = gateway("secret", Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() throws IOException {
    gateway.close();
    server.stop(0);
  }

  private HttpSmsGateway gateway(String apiKey, Duration timeout) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    return new HttpSmsGateway(json, () -> base, apiKey, timeout, 4);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
    apiKeySeen.set(exchange.getRequestHeaders().getFirst("X-Api-Key"));
    remotePorts.add(exchange.getRemoteAddress().getPort());
    byte[] bytes = answer.get().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status.get(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void sendsTheMessageAsJsonWithTheApiKeyAndAnswersTheGatewaysId() {
    String id = gateway.send("+77011234567", "Протокол № 1: штраф 43 250 ₸", "notice-1");

    assertThat(id).isEqualTo("gw-1");
    assertThat(apiKeySeen.get()).isEqualTo("secret");
    String request = received.get(0);
    assertThat(request).startsWith("POST /sms/messages ");
    JsonNode sent = json.readTree(request.substring("POST /sms/messages ".length()));
    assertThat(sent.get("to").asString()).isEqualTo("+77011234567");
    assertThat(sent.get("text").asString()).isEqualTo("Протокол № 1: штраф 43 250 ₸");
    assertThat(sent.get("clientRef").asString()).isEqualTo("notice-1");
  }

  @Test
  void readsDeliveryReportsByTheGatewaysIdEncodedInThePath() {
    answer.set("{\"id\":\"a b\",\"status\":\"DELIVERED\"}");
    status.set(200);
    assertThat(gateway.delivery("a b")).isEqualTo(Delivery.DELIVERED);
    assertThat(received.get(0)).startsWith("GET /sms/messages/a+b ");

    answer.set("{\"status\":\"UNDELIVERED\"}");
    assertThat(gateway.delivery("x")).isEqualTo(Delivery.FAILED);
    answer.set("{\"status\":\"ACCEPTED\"}");
    assertThat(gateway.delivery("x")).isEqualTo(Delivery.PENDING);
  }

  @Test
  void keepsTheConnectionAliveFromOneCallToTheNext() {
    for (int i = 0; i < 5; i++) {
      gateway.send("+77011234567", "text", "notice-" + i);
    }
    assertThat(remotePorts).hasSize(5).containsOnly(remotePorts.get(0));
  }

  @Test
  void aRefusedMessageIsPermanentButAWrongKeyOrOverloadIsRetried() {
    status.set(400);
    answer.set("{\"detail\":\"invalid phone\"}");
    assertThatThrownBy(() -> gateway.send("+7", "text", "r1"))
        .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isTrue())
        .hasMessageContaining("400")
        .hasMessageContaining("invalid phone");

    for (int retried : new int[] {401, 403, 429, 503}) {
      status.set(retried);
      assertThatThrownBy(() -> gateway.send("+77011234567", "text", "r2"))
          .isInstanceOfSatisfying(
              SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse())
          .hasMessageContaining(String.valueOf(retried));
    }
  }

  @Test
  void anAnswerWithoutTheIdIsAnErrorWorthARetry() {
    answer.set("<html>proxy error</html>");
    assertThatThrownBy(() -> gateway.send("+77011234567", "text", "r3"))
        .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse())
        .hasMessageContaining("no JSON");
    answer.set("{\"accepted\":true}");
    assertThatThrownBy(() -> gateway.send("+77011234567", "text", "r4"))
        .hasMessageContaining("without 'id'");
  }

  @Test
  void anUnreachableGatewayIsAnErrorWorthARetry() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (HttpSmsGateway unreachable =
        new HttpSmsGateway(
            json, () -> "http://127.0.0.1:" + closedPort, "", Duration.ofSeconds(1), 2)) {
      assertThatThrownBy(() -> unreachable.send("+77011234567", "text", "r5"))
          .isInstanceOfSatisfying(
              SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse())
          .hasMessageContaining("unreachable");
    }
  }

  @Test
  void aGatewayThatHangsIsGivenUpAfterTheTimeout() {
    server.createContext(
        "/slow/messages",
        exchange -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";
    try (HttpSmsGateway slow =
        new HttpSmsGateway(json, () -> base, "", Duration.ofMillis(300), 2)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> slow.send("+77011234567", "text", "r6"))
          .isInstanceOf(SmsGatewayException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Each of its bytes comes within the timeout, but the answer as a whole does not: the call is
   * cancelled when the timeout has passed (the outbox's lease counts on it), not after the last
   * byte, and the message stays worth a retry.
   */
  @Test
  void aGatewayThatAnswersAByteAtATimeIsGivenUpWhenTheWholeTimeoutHasPassed() {
    server.createContext(
        "/drip/messages",
        exchange -> {
          byte[] bytes = "{\"id\":\"gw-drip\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(202, bytes.length);
          try (var body = exchange.getResponseBody()) {
            for (byte b : bytes) {
              body.write(b);
              body.flush();
              Thread.sleep(250);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException closedByTheClient) {
            // the client gave up: what this test expects
          }
        });
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/drip";
    try (HttpSmsGateway dripped =
        new HttpSmsGateway(json, () -> base, "", Duration.ofMillis(600), 2)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> dripped.send("+77011234567", "text", "r7"))
          .isInstanceOfSatisfying(
              SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse())
          .hasMessageContaining("within 600 ms");
      // the whole answer takes 16 × 250 ms; each byte alone well within the 600 ms
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
