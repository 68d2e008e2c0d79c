package kz.ecase.persons.integration;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceStatus;
import kz.ecase.persons.domain.Outcome;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a person's file from a registry's JSON API without holding a thread while it waits: 200 is
 * the file, 404 none on file; a 5xx or a refused connection is a {@link RegistryFailure} (worth a
 * retry), no answer within the registry's timeout a {@link RegistryTimeout}.
 */
class HttpRegistryClient {

  private final HttpClient http;
  private final JsonMapper json;
  private final RegistryEndpoints endpoints;

  HttpRegistryClient(HttpClient http, JsonMapper json, RegistryEndpoints endpoints) {
    this.http = http;
    this.json = json;
    this.endpoints = endpoints;
  }

  CompletableFuture<Outcome> fetch(Registry registry, Iin iin) {
    return fetch(registry, registry.personPath(iin.value()));
  }

  /** Any of the registry's resources, by its path (e.g. a vehicle by plate). */
  CompletableFuture<Outcome> fetch(Registry registry, String path) {
    RegistryEndpoints.Resolved endpoint = endpoints.of(registry);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + path))
            .timeout(endpoint.timeout())
            .header("Accept", "application/json")
            .GET();
    if (endpoint.apiKey() != null) {
      request.header("X-Api-Key", endpoint.apiKey());
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              if (failure != null) {
                throw translated(registry, endpoint.timeout(), failure);
              }
              return outcome(registry, response);
            });
  }

  private Outcome outcome(Registry registry, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 200) {
      try {
        return Outcome.ok(json.readTree(response.body()));
      } catch (JacksonException e) {
        throw new RegistryFailure(registry.id() + " answered something that is not JSON");
      }
    }
    if (status == 404) {
      return Outcome.of(SourceStatus.NOT_FOUND, "no file on this person");
    }
    if (status >= 500) {
      throw new RegistryFailure(registry.id() + " answered " + status);
    }
    return Outcome.of(SourceStatus.UNAVAILABLE, registry.id() + " refused the request: " + status);
  }

  private static RuntimeException translated(
      Registry registry, Duration timeout, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpTimeoutException) {
      return new RegistryTimeout(
          registry.id() + " did not answer within " + timeout.toMillis() + " ms");
    }
    if (cause instanceof ConnectException) {
      return new RegistryFailure(registry.id() + " cannot be reached");
    }
    return new RegistryFailure(registry.id() + " failed: " + cause.getClass().getSimpleName());
  }
}
