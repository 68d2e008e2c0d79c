package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import kz.ecase.HttpClientSession.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@EcaseIntegrationTest
class OperationsIT {

  @LocalServerPort int port;

  @Test
  void healthIsPublicAndUp() {
    Reply health = new HttpClientSession(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void prometheusMetricsIncludeHttpRequests() {
    HttpClientSession http = new HttpClientSession(port);
    http.get("/actuator/health");

    Reply metrics = http.get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("http_server_requests_seconds_count");
  }

  @Test
  void openApiDescribesTheApiAndSwaggerUiIsServed() {
    HttpClientSession http = new HttpClientSession(port);

    Reply apiDocs = http.get("/v3/api-docs");
    Reply swagger = http.get("/swagger-ui.html");

    assertThat(apiDocs.status()).isEqualTo(200);
    assertThat(apiDocs.json().get("paths").has("/api/auth/token")).isTrue();
    assertThat(apiDocs.json().get("paths").has("/api/identity/me")).isTrue();
    assertThat(swagger.status()).isEqualTo(200);
    assertThat(swagger.body()).containsIgnoringCase("swagger");
  }

  @Test
  void everyResponseCarriesARequestIdAndKeepsAWellFormedOne() {
    HttpClientSession http = new HttpClientSession(port);

    Reply generated = http.get("/actuator/health");
    Reply given = http.get("/actuator/health", "X-Request-Id", "call-42");
    Reply rejected = http.get("/actuator/health", "X-Request-Id", "bad id\"<script>");

    assertThat(generated.raw().headers().firstValue("X-Request-Id")).isPresent();
    assertThat(given.raw().headers().firstValue("X-Request-Id")).hasValue("call-42");
    assertThat(rejected.raw().headers().firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).doesNotContain("script"));
  }

  @Test
  void problemsCarryTheRequestIdOfTheirRequest() {
    Reply reply = new HttpClientSession(port).get("/api/identity/me", "X-Request-Id", "trace-7");

    assertThat(reply.json().get("requestId").asString()).isEqualTo("trace-7");
  }
}
