package kz.ecase.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.ecase.HttpClientSession;
import kz.ecase.testing.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM of the jar on its embedded default: the request in flight and the background jobs
 * finish before the embedded PostgreSQL stops, and the log shows no failure, only a calm stop.
 */
class GracefulShutdownIT {

  private static final Pattern SIMULATORS = Pattern.compile("Simulators of .* at (http://\\S+)");

  @TempDir Path data;

  @Test
  void aSigtermLetsTheWorkInFlightFinishBeforeTheDatabaseStops() throws Exception {
    AppProcess app =
        AppProcess.start(
            "graceful-shutdown",
            Map.of(
                // the embedded default, in a data directory of its own
                "ECASE_DB_URL", "",
                "ECASE_DB_USER", "ecase_app",
                "ECASE_DB_OWNER", "",
                "ECASE_DATA_DIR", data.toString(),
                // a look-up waits up to 4 s for a registry that hangs
                "ECASE_LOOKUP_DEADLINE", "4s",
                "ECASE_REGISTRY_TIMEOUT", "3500ms"));
    try {
      Matcher simulators = SIMULATORS.matcher(app.log());
      assertThat(simulators.find()).as(app.logTail(40)).isTrue();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> hang =
          http.send(
              HttpRequest.newBuilder(URI.create(simulators.group(1) + "/admin/registries/wanted"))
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"hangRate\":1.0}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(hang.statusCode()).isEqualTo(200);
      String token = new HttpClientSession(app.port()).token("officer", "demo");

      CompletableFuture<HttpResponse<String>> lookUp =
          http.sendAsync(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + app.port() + "/api/persons/lookups"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"iin\":\"850315401231\",\"protocolNumber\":\"26-710001-000042\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Thread.sleep(1000); // the look-up now waits for the hanging registry
      app.close(); // SIGTERM

      assertThat(lookUp.get(30, TimeUnit.SECONDS).statusCode())
          .as("the look-up in flight finished\n" + app.logTail(60))
          .isEqualTo(200);
      String log = app.log();
      String stopping = log.substring(log.indexOf("Commencing graceful shutdown"));
      assertThat(stopping)
          .as("the log from the SIGTERM on")
          .doesNotContainPattern("(?m)^\\s+at ")
          .doesNotContainIgnoringCase("exception")
          .doesNotContainIgnoringCase("failed");
      int poolClosed = stopping.indexOf("ecase-embedded - Shutdown completed");
      assertThat(poolClosed).as("the pool closed\n" + stopping).isNotNegative();
      assertThat(stopping.indexOf("shut down postmaster"))
          .as("PostgreSQL stopped after the connection pool closed\n" + stopping)
          .isGreaterThan(poolClosed);
    } finally {
      app.close();
    }
  }
}
