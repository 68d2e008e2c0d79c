package kz.ecase.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxJobsTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aFailingJobRunsAgainAndSeesTheClocksMoment() throws Exception {
    CountDownLatch runs = new CountDownLatch(3);
    Instant[] seen = new Instant[1];
    OutboxJobs jobs =
        new OutboxJobs(
            "test",
            clock,
            new OutboxJobs.Job(
                "failing",
                Duration.ofMillis(5),
                now -> {
                  seen[0] = now;
                  runs.countDown();
                  throw new IllegalStateException("AIS BEP is down");
                }));

    jobs.start();
    try {
      assertThat(runs.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      jobs.stop();
    }

    assertThat(seen[0]).isEqualTo(clock.instant());
    assertThat(jobs.isRunning()).isFalse();
  }

  @Test
  void aHangingJobDoesNotHoldUpTheOthers() throws Exception {
    CountDownLatch hung = new CountDownLatch(1);
    CountDownLatch others = new CountDownLatch(3);
    OutboxJobs jobs =
        new OutboxJobs(
            "test",
            clock,
            new OutboxJobs.Job(
                "hanging",
                Duration.ofMillis(1),
                now -> {
                  hung.countDown();
                  try {
                    Thread.sleep(60_000);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }),
            new OutboxJobs.Job("quick", Duration.ofMillis(5), now -> others.countDown()));

    jobs.start();
    try {
      assertThat(hung.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(others.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      jobs.stop();
    }
  }
}
