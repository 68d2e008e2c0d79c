package kz.ecase.persons;

import tools.jackson.databind.JsonNode;

/**
 * One registry's part of a look-up.
 *
 * @param latencyMs from the start of the look-up to this answer (or to the deadline)
 * @param data the registry's file on the person when {@code status} is OK, else null
 * @param detail why there is no data, for people (null when OK)
 */
public record SourceAnswer(
    Registry registry, SourceStatus status, long latencyMs, JsonNode data, String detail) {

  public static SourceAnswer ok(Registry registry, long latencyMs, JsonNode data) {
    return new SourceAnswer(registry, SourceStatus.OK, latencyMs, data, null);
  }

  public static SourceAnswer without(
      Registry registry, SourceStatus status, long latencyMs, String detail) {
    return new SourceAnswer(registry, status, latencyMs, null, detail);
  }
}
