package kz.ecase.notifications.sms;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway over HTTP: {@code POST <base>/messages} (202 with the message's id), {@code GET
 * <base>/messages/{id}} for its delivery report; the API key, when set, in {@code X-Api-Key}.
 *
 * <p>Calls are blocking, on the dispatcher's and the report poller's worker threads, over a pool of
 * kept-alive connections (Apache HttpClient's classic API). The JDK's {@code HttpClient} handed
 * every call over to its selector thread and a worker thread and back: two calls per notice (the
 * send, the report) cost more of the app's CPU under the registration benchmark than the notice's
 * database work (docs/BENCHMARKS.md, 2026-12-07).
 *
 * <p>A call takes at most the timeout as a whole: each wait (for a pooled connection, for the
 * gateway's bytes) is bounded by it, and a call still under way when it has passed is cancelled
 * (its connection closed) by a timer, so that a gateway that answers a byte at a time cannot hold a
 * worker past the outbox's lease ({@link SmsQueues#lease}), after which another instance would send
 * the message again.
 */
public class HttpSmsGateway implements SmsGateway, AutoCloseable {

  private final CloseableHttpClient http;
  private final Duration timeout;

  /** Cancels the calls that outlive their timeout: one daemon thread for every gateway. */
  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private final JsonMapper json;
  private final Supplier<String> baseUrl;
  private final String apiKey;

  /** The response's status and body, read before its connection goes back to the pool. */
  private record Response(int status, byte[] body) {}

  /**
   * @param connections connections kept to the gateway at most (the calls made at the same time)
   * @param timeout how long a call may take as a whole (connecting: at most 1 s of it)
   */
  public HttpSmsGateway(
      JsonMapper json, Supplier<String> baseUrl, String apiKey, Duration timeout, int connections) {
    this.timeout = timeout;
    Timeout wait = Timeout.of(timeout);
    this.http =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(connections)
                    .setMaxConnPerRoute(connections)
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(1))
                            .setSocketTimeout(wait)
                            .build())
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setConnectionRequestTimeout(wait)
                    .setResponseTimeout(wait)
                    .build())
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableRedirectHandling()
            .build();
    this.json = json;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey == null ? "" : apiKey;
  }

  @Override
  public String send(String phone, String text, String clientRef) {
    byte[] body = json.writeValueAsBytes(Map.of("to", phone, "text", text, "clientRef", clientRef));
    HttpPost post = new HttpPost(baseUrl.get() + "/messages");
    post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    Response response = exchange(post);
    int status = response.status();
    if (status == 200 || status == 201 || status == 202) {
      return field(response, "id");
    }
    throw refused(response);
  }

  @Override
  public Delivery delivery(String gatewayId) {
    Response response =
        exchange(
            new HttpGet(
                baseUrl.get()
                    + "/messages/"
                    + URLEncoder.encode(gatewayId, StandardCharsets.UTF_8)));
    if (response.status() != 200) {
      throw refused(response);
    }
    return switch (field(response, "status")) {
      case "DELIVERED" -> Delivery.DELIVERED;
      case "FAILED", "UNDELIVERED", "REJECTED", "EXPIRED" -> Delivery.FAILED;
      default -> Delivery.PENDING;
    };
  }

  @Override
  public void close() throws IOException {
    http.close();
  }

  private Response exchange(HttpUriRequestBase request) {
    if (!apiKey.isEmpty()) {
      request.setHeader("X-Api-Key", apiKey);
    }
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        DEADLINES.schedule(
            () -> {
              late.set(true);
              request.cancel();
            },
            timeout.toNanos(),
            TimeUnit.NANOSECONDS);
    try {
      return http.execute(
          request,
          answer ->
              new Response(
                  answer.getCode(),
                  answer.getEntity() == null
                      ? new byte[0]
                      : EntityUtils.toByteArray(answer.getEntity())));
    } catch (IOException e) {
      throw new SmsGatewayException(
          late.get()
              ? "SMS gateway did not answer in full within " + timeout.toMillis() + " ms"
              : "SMS gateway unreachable: " + e,
          false,
          e);
    } finally {
      deadline.cancel(false);
    }
  }

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "sms-gateway-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    // a call that ends in time removes its deadline at once (no backlog of cancelled tasks)
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private String field(Response response, String name) {
    JsonNode value;
    try {
      value = json.readTree(response.body()).get(name);
    } catch (JacksonException e) {
      throw new SmsGatewayException("SMS gateway answered no JSON", false, e);
    }
    if (value == null || !value.isString()) {
      throw new SmsGatewayException("SMS gateway answered without '" + name + "'", false, null);
    }
    return value.asString();
  }

  private static SmsGatewayException refused(Response response) {
    int status = response.status();
    // a wrong API key (401, 403) is fixed by configuration, not by the message: retry
    boolean permanent =
        status >= 400
            && status < 500
            && status != 401
            && status != 403
            && status != 408
            && status != 429;
    String detail = new String(response.body(), StandardCharsets.UTF_8);
    if (detail.length() > 300) {
      detail = detail.substring(0, 300) + "…";
    }
    return new SmsGatewayException(
        "SMS gateway answered " + status + ": " + detail, permanent, null);
  }
}
