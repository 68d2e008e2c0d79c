package kz.ecase.persons;

/** How a registry answered a look-up. Only {@link #OK} carries data. */
public enum SourceStatus {
  /** The registry's file on the person. */
  OK,
  /** The registry answered: it has no file on this person. */
  NOT_FOUND,
  /** No answer within the registry's timeout or the look-up's deadline. */
  TIMEOUT,
  /** The registry refused or failed (error, outage, too many requests in flight). */
  UNAVAILABLE,
  /** Not asked: the registry failed too often lately, its circuit breaker is open. */
  CIRCUIT_OPEN;

  /** Whether the registry gave a definite answer (data, or none on file). */
  public boolean answered() {
    return this == OK || this == NOT_FOUND;
  }
}
