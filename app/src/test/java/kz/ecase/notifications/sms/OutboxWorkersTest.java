package kz.ecase.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxWorkersTest {

  @Test
  void eachAnswersInTheRowsOrderAndLeavesABrokenCallEmpty() {
    try (OutboxWorkers workers = new OutboxWorkers("test", 3, Duration.ofSeconds(5))) {
      List<Optional<Integer>> results =
          workers.each(
              List.of(1, 2, 3, 4, 5),
              row -> {
                if (row == 4) {
                  throw new IllegalStateException("broken");
                }
                sleep(5 * (5 - row));
                return row * 10;
              });
      assertThat(results)
          .containsExactly(
              Optional.of(10), Optional.of(20), Optional.of(30), Optional.empty(), Optional.of(50));
    }
  }

  @Test
  void claimsAgainWhileBatchesComeBackFullAndStopsAfterABrokenBatch() {
    try (OutboxWorkers workers = new OutboxWorkers("test", 2, Duration.ofSeconds(5))) {
      AtomicInteger claims = new AtomicInteger();
      int claimed =
          workers.workOff(
              () -> claims.incrementAndGet() <= 3 ? List.of(1, 2) : List.of(1), batch -> {}, 2);
      assertThat(claimed).isEqualTo(7);
      assertThat(claims).hasValue(4);

      AtomicInteger broken = new AtomicInteger();
      int claimedBeforeBreaking =
          workers.workOff(
              () -> List.of(1, 2),
              batch -> {
                broken.incrementAndGet();
                throw new IllegalStateException("database gone");
              },
              2);
      assertThat(claimedBeforeBreaking).isEqualTo(2);
      assertThat(broken).hasValue(1);
    }
  }

  /** A SIGTERM lets the batch under way record its outcome before the database stops. */
  @Test
  void closeWaitsForTheBatchUnderWayToRecordItsOutcome() throws Exception {
    OutboxWorkers workers = new OutboxWorkers("test", 2, Duration.ofSeconds(5));
    CountDownLatch handling = new CountDownLatch(1);
    AtomicBoolean recorded = new AtomicBoolean();
    AtomicInteger claims = new AtomicInteger();
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () ->
                workers.workOff(
                    () -> {
                      claims.incrementAndGet();
                      return List.of(1, 2);
                    },
                    batch -> {
                      handling.countDown();
                      List<Optional<Integer>> sent =
                          workers.each(
                              batch,
                              row -> {
                                sleep(200);
                                return row;
                              });
                      assertThat(sent).allMatch(Optional::isPresent);
                      recorded.set(true);
                    },
                    2));
    assertThat(handling.await(5, TimeUnit.SECONDS)).isTrue();
    workers.close();
    assertThat(recorded).as("the batch's outcome recorded when close returns").isTrue();
    assertThat(run.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(claims).as("no claim after close").hasValue(1);
    assertThat(workers.each(List.of(1), row -> row)).containsExactly(Optional.empty());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
