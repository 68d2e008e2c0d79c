package kz.ecase.persons.integration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import kz.ecase.kernel.Iin;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceStatus;
import kz.ecase.persons.domain.Outcome;

/**
 * The registries behind the guards a national system needs: per registry a bulkhead (at most 100
 * calls in flight, none queued), a circuit breaker (opens when half of the last 20 calls failed or
 * timed out, tries again after 10 s) and one retry with jittered back-off for failures that are not
 * timeouts (a read is idempotent; a timeout already used the time a retry would need). Their states
 * are published as metrics ({@code resilience4j_*}).
 */
public class ResilientRegistries {

  private final HttpRegistryClient client;
  private final ScheduledExecutorService scheduler;
  private final CircuitBreakerRegistry circuits;
  private final BulkheadRegistry bulkheads;
  private final RetryRegistry retries;

  ResilientRegistries(
      HttpRegistryClient client, ScheduledExecutorService scheduler, MeterRegistry meters) {
    this.client = client;
    this.scheduler = scheduler;
    this.circuits =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordExceptions(RegistryFailure.class, RegistryTimeout.class)
                // an open circuit refuses every look-up's call: no stack trace for each refusal
                .writableStackTraceEnabled(false)
                .build());
    this.bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom()
                .maxConcurrentCalls(100)
                .maxWaitDuration(Duration.ZERO)
                .writableStackTraceEnabled(false)
                .build());
    this.retries =
        RetryRegistry.of(
            RetryConfig.custom()
                .maxAttempts(2)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(30, 2.0, 0.5))
                .retryExceptions(RegistryFailure.class)
                .build());
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
    TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
  }

  /** The registry's answer; never fails: every problem becomes the answer's status. */
  public CompletionStage<Outcome> ask(Registry registry, Iin iin) {
    return ask(registry, registry.personPath(iin.value()));
  }

  /** The vehicle register's file on a plate: the vehicle and its owner's IIN. */
  public CompletionStage<Outcome> askPlate(String plate) {
    return ask(Registry.VEHICLES, "/vehicles/plates/" + plate);
  }

  private CompletionStage<Outcome> ask(Registry registry, String path) {
    Retry retry = retries.retry(registry.id());
    CircuitBreaker circuit = circuits.circuitBreaker(registry.id());
    Bulkhead bulkhead = bulkheads.bulkhead(registry.id());
    return Bulkhead.decorateCompletionStage(
            bulkhead,
            CircuitBreaker.decorateCompletionStage(
                circuit,
                Retry.decorateCompletionStage(
                    retry, scheduler, () -> client.fetch(registry, path))))
        .get()
        .exceptionally(ResilientRegistries::outcomeOf);
  }

  /**
   * Whether the registry failed lately and is being tried again (circuit half-open): ask it, but do
   * not make a look-up wait for it.
   */
  public boolean isSuspect(Registry registry) {
    return circuitOf(registry) == CircuitBreaker.State.HALF_OPEN;
  }

  /** The circuit breaker's state of a registry, for operations and tests. */
  public CircuitBreaker.State circuitOf(Registry registry) {
    return circuits.circuitBreaker(registry.id()).getState();
  }

  /** Closes every circuit: after a registry's outage is over, or between tests. */
  public void resetCircuits() {
    circuits.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
  }

  private static Outcome outcomeOf(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof CallNotPermittedException) {
      return Outcome.of(SourceStatus.CIRCUIT_OPEN, "failing lately: not asked for now");
    }
    if (cause instanceof BulkheadFullException) {
      return Outcome.of(SourceStatus.UNAVAILABLE, "too many requests in flight");
    }
    if (cause instanceof RegistryTimeout) {
      return Outcome.of(SourceStatus.TIMEOUT, cause.getMessage());
    }
    if (cause instanceof RegistryFailure) {
      return Outcome.of(SourceStatus.UNAVAILABLE, cause.getMessage());
    }
    return Outcome.of(SourceStatus.UNAVAILABLE, "failed: " + cause.getClass().getSimpleName());
  }
}
