package kz.ecase.persons.integration;

import java.time.Duration;
import java.util.function.Supplier;
import kz.ecase.persons.Registry;

/**
 * Each registry's address, timeout and API key: its own configuration first, then the shared base
 * URL and timeout, and on the embedded default the in-process simulators' address.
 */
class RegistryEndpoints {

  /** Where and how to ask one registry. */
  record Resolved(String baseUrl, Duration timeout, String apiKey) {}

  private final PersonsProperties properties;
  private final Supplier<String> fallbackBaseUrl;

  RegistryEndpoints(PersonsProperties properties, Supplier<String> fallbackBaseUrl) {
    this.properties = properties;
    this.fallbackBaseUrl = fallbackBaseUrl;
  }

  Resolved of(Registry registry) {
    PersonsProperties.Endpoint own = properties.endpoint(registry.id());
    String baseUrl = firstNonBlank(own.baseUrl(), properties.baseUrl());
    if (baseUrl == null) {
      baseUrl = fallbackBaseUrl.get();
    }
    Duration timeout = own.timeout() != null ? own.timeout() : properties.timeout();
    String apiKey = own.apiKey() == null || own.apiKey().isBlank() ? null : own.apiKey();
    return new Resolved(stripSlash(baseUrl), timeout, apiKey);
  }

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second == null || second.isBlank() ? null : second;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
