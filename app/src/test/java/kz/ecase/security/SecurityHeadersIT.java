package kz.ecase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import kz.ecase.EcaseIntegrationTest;
import kz.ecase.HttpClientSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hardening headers on pages and API answers, and no stack trace in an error. */
@EcaseIntegrationTest
class SecurityHeadersIT {

  @LocalServerPort int port;

  @Test
  void pagesForbidInlineScriptFramingAndSniffing() {
    HttpHeaders headers = new HttpClientSession(port).get("/login").raw().headers();

    String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-inline");
    assertThat(policy).contains("frame-ancestors 'none'");
    assertThat(policy)
        .as("forms go to ecase and to the payment provider's checkout (simulated here)")
        .containsPattern("form-action 'self' http://127\\.0\\.0\\.1:\\d+;");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(headers.firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
  }

  @Test
  void apiAnswersAreNeverRenderedAsDocuments() {
    var reply = new HttpClientSession(port).get("/api/identity/me");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.raw().headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; frame-ancestors 'none'");
    assertThat(reply.raw().headers().firstValue("Cache-Control"))
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
  }

  @Test
  void anErrorNeverShowsAStackTrace() {
    var reply =
        new HttpClientSession(port)
            .postJson("/api/auth/token", "{\"username\": [", "Accept", "*/*");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).doesNotContain("at kz.ecase").doesNotContain("Exception");
  }
}
