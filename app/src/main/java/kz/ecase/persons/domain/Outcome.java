package kz.ecase.persons.domain;

import kz.ecase.persons.SourceStatus;
import tools.jackson.databind.JsonNode;

/** What a registry call came to, before the fan-out stamps its latency. */
public record Outcome(SourceStatus status, JsonNode data, String detail) {

  public static Outcome ok(JsonNode data) {
    return new Outcome(SourceStatus.OK, data, null);
  }

  public static Outcome of(SourceStatus status, String detail) {
    return new Outcome(status, null, detail);
  }
}
