package kz.ecase.persons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.ecase.persons.Registry;
import kz.ecase.persons.SourceAnswer;
import kz.ecase.persons.SourceStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The fan-out's promises: parallel, bounded by the deadline, every source accounted for. */
class FanOutTest {

  private static final List<Registry> ALL = List.of(Registry.values());

  @Test
  void registriesAreAskedInParallelSoTheLookUpTakesAsLongAsTheSlowest() {
    FanOut fanOut = new FanOut(Duration.ofSeconds(2), System::nanoTime);
    long start = System.nanoTime();

    List<SourceAnswer> answers =
        fanOut.ask(
            ALL, registry -> answerAfter(200, Outcome.ok(JsonNodeFactory.instance.objectNode())));

    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(answers).hasSize(ALL.size()).allMatch(a -> a.status() == SourceStatus.OK);
    assertThat(tookMs).as("nine 200 ms calls one after another would take 1.8 s").isLessThan(1000);
    assertThat(answers).extracting(SourceAnswer::registry).containsExactlyElementsOf(ALL);
  }

  @Test
  void aHangingRegistryIsReportedTimedOutAtTheDeadlineAndTheOthersStand() {
    FanOut fanOut = new FanOut(Duration.ofMillis(300), System::nanoTime);

    List<SourceAnswer> answers =
        fanOut.ask(
            ALL,
            registry ->
                registry == Registry.WANTED
                    ? new CompletableFuture<>() // never completes
                    : answerAfter(10, Outcome.of(SourceStatus.NOT_FOUND, "no file")));

    SourceAnswer wanted = answers.get(ALL.indexOf(Registry.WANTED));
    assertThat(wanted.status()).isEqualTo(SourceStatus.TIMEOUT);
    assertThat(wanted.latencyMs()).isEqualTo(300);
    assertThat(answers)
        .filteredOn(a -> a.registry() != Registry.WANTED)
        .allMatch(a -> a.status() == SourceStatus.NOT_FOUND && a.latencyMs() < 300);
  }

  @Test
  void aSuspectRegistryIsAskedButNotWaitedForBeyondTheOthers() {
    FanOut fanOut = new FanOut(Duration.ofSeconds(2), System::nanoTime);
    CompletableFuture<Outcome> suspectCall = new CompletableFuture<>();
    long start = System.nanoTime();

    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.POPULATION, Registry.FINES),
            registry ->
                registry == Registry.FINES
                    ? suspectCall
                    : answerAfter(100, Outcome.of(SourceStatus.NOT_FOUND, "none")),
            registry -> registry == Registry.FINES);

    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(answers.get(1).status()).isEqualTo(SourceStatus.TIMEOUT);
    assertThat(answers.get(1).detail()).contains("not waited for");
    assertThat(tookMs).as("not the 2 s deadline").isLessThan(1000);
  }

  @Test
  void aSuspectThatAnswersInTimeCounts() {
    FanOut fanOut = new FanOut(Duration.ofSeconds(2), System::nanoTime);

    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.POPULATION, Registry.FINES),
            registry ->
                answerAfter(
                    registry == Registry.FINES ? 10 : 200,
                    Outcome.of(SourceStatus.NOT_FOUND, "none")),
            registry -> registry == Registry.FINES);

    assertThat(answers)
        .extracting(SourceAnswer::status)
        .containsExactly(SourceStatus.NOT_FOUND, SourceStatus.NOT_FOUND);
  }

  @Test
  void aCallThatThrowsOrFailsIsUnavailableNotAnError() {
    FanOut fanOut = new FanOut(Duration.ofMillis(500), System::nanoTime);

    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.POPULATION, Registry.FINES),
            registry -> {
              if (registry == Registry.POPULATION) {
                throw new IllegalStateException("client broken");
              }
              return CompletableFuture.failedFuture(new RuntimeException("boom"));
            });

    assertThat(answers)
        .extracting(SourceAnswer::status)
        .containsExactly(SourceStatus.UNAVAILABLE, SourceStatus.UNAVAILABLE);
  }

  @Test
  void latencyIsMeasuredOnTheGivenClock() {
    long[] now = {0};
    FanOut fanOut = new FanOut(Duration.ofSeconds(1), () -> now[0]);

    List<SourceAnswer> answers =
        fanOut.ask(
            List.of(Registry.VEHICLES),
            registry -> {
              now[0] = TimeUnit.MILLISECONDS.toNanos(42);
              return CompletableFuture.completedFuture(Outcome.of(SourceStatus.NOT_FOUND, "none"));
            });

    assertThat(answers.get(0).latencyMs()).isEqualTo(42);
  }

  private static CompletableFuture<Outcome> answerAfter(long millis, Outcome outcome) {
    return CompletableFuture.supplyAsync(
        () -> outcome, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
  }
}
