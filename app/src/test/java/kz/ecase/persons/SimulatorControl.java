package kz.ecase.persons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sets the registry simulators' behaviour through their admin API, as an operator would. */
final class SimulatorControl {

  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  SimulatorControl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** E.g. {@code set("wanted", "{\"hangRate\":1.0}")}. */
  void set(String registry, String behaviourJson) {
    send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/registries/" + registry))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(behaviourJson))
            .build());
  }

  void reset() {
    send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/reset"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private void send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "simulator refused "
                + request.uri()
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
