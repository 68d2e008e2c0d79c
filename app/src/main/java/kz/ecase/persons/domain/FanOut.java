package kz.ecase.persons.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.SourceStatus;

/**
 * Asks every registry at once and waits for all of them, but never beyond one overall deadline: a
 * registry that has not answered by then is reported as timed out, and the others' answers stand. A
 * call that fails instead of answering counts as unavailable. Answers come in the order of the
 * registries asked, each with its latency from the start of the look-up.
 */
public final class FanOut {

  private final Duration deadline;
  private final LongSupplier nanoTime;

  /**
   * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime} in production)
   */
  public FanOut(Duration deadline, LongSupplier nanoTime) {
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("The deadline must be positive: " + deadline);
    }
    this.deadline = deadline;
    this.nanoTime = nanoTime;
  }

  public List<SourceAnswer> ask(
      List<Registry> registries, Function<Registry, CompletionStage<Outcome>> call) {
    return ask(registries, call, registry -> false);
  }

  /**
   * @param suspect whether a registry is under suspicion: asked, but not waited for beyond the
   *     others
   */
  public List<SourceAnswer> ask(
      List<Registry> registries,
      Function<Registry, CompletionStage<Outcome>> call,
      Predicate<Registry> suspect) {
    long start = nanoTime.getAsLong();
    List<CompletableFuture<SourceAnswer>> answers = new ArrayList<>();
    List<CompletableFuture<SourceAnswer>> trusted = new ArrayList<>();
    List<Registry> suspects = new ArrayList<>();
    for (Registry registry : registries) {
      CompletableFuture<SourceAnswer> answer = askOne(registry, call, start);
      answers.add(answer);
      if (suspect.test(registry)) {
        suspects.add(registry);
      } else {
        trusted.add(answer);
      }
    }
    if (!suspects.isEmpty()) {
      CompletableFuture.allOf(trusted.toArray(CompletableFuture[]::new)).join();
      for (int i = 0; i < registries.size(); i++) {
        if (suspects.contains(registries.get(i))) {
          answers
              .get(i)
              .complete(
                  SourceAnswer.without(
                      registries.get(i),
                      SourceStatus.TIMEOUT,
                      millisSince(start),
                      "failing lately and still being tried: not waited for"));
        }
      }
    }
    return answers.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<SourceAnswer> askOne(
      Registry registry, Function<Registry, CompletionStage<Outcome>> call, long start) {
    CompletableFuture<Outcome> outcome;
    try {
      outcome = call.apply(registry).toCompletableFuture();
    } catch (RuntimeException e) {
      outcome = CompletableFuture.failedFuture(e);
    }
    return outcome
        .handle(
            (answered, failure) ->
                failure == null
                    ? stamp(registry, answered, start)
                    : SourceAnswer.without(
                        registry, SourceStatus.UNAVAILABLE, millisSince(start), "call failed"))
        .completeOnTimeout(
            SourceAnswer.without(
                registry,
                SourceStatus.TIMEOUT,
                deadline.toMillis(),
                "no answer within the look-up's deadline of " + deadline.toMillis() + " ms"),
            remaining(start),
            TimeUnit.NANOSECONDS);
  }

  private SourceAnswer stamp(Registry registry, Outcome outcome, long start) {
    long latency = millisSince(start);
    return outcome.status() == SourceStatus.OK
        ? SourceAnswer.ok(registry, latency, outcome.data())
        : SourceAnswer.without(registry, outcome.status(), latency, outcome.detail());
  }

  private long remaining(long start) {
    return Math.max(0, deadline.toNanos() - (nanoTime.getAsLong() - start));
  }

  private long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - start);
  }
}
