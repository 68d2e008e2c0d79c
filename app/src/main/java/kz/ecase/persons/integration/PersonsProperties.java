package kz.ecase.persons.integration;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the state registries are and how long to wait for them.
 *
 * @param deadline the whole look-up's deadline: what has not answered by then is reported as timed
 *     out (ECASE_LOOKUP_DEADLINE)
 * @param baseUrl one address serving every registry (ECASE_REGISTRIES_URL); empty: ecase starts its
 *     registry simulators in-process (embedded default, never in production)
 * @param timeout each registry's own timeout unless overridden, shorter than the deadline
 * @param registries per registry (by its id, e.g. {@code population}): its own base URL, timeout
 *     and API key
 */
@ConfigurationProperties("ecase.persons")
public record PersonsProperties(
    @DefaultValue("1500ms") Duration deadline,
    @DefaultValue("") String baseUrl,
    @DefaultValue("1200ms") Duration timeout,
    Map<String, Endpoint> registries) {

  public PersonsProperties {
    registries = registries == null ? Map.of() : Map.copyOf(registries);
  }

  /** One registry's connection; empty values fall back to the shared ones. */
  public record Endpoint(String baseUrl, Duration timeout, String apiKey) {}

  public Endpoint endpoint(String registry) {
    return registries.getOrDefault(registry, new Endpoint(null, null, null));
  }
}
