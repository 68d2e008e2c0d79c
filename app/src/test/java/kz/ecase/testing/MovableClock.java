package kz.ecase.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real clock moved ahead by an offset the test sets while the application runs: how an
 * application context on a database of its own lets terms lapse without waiting (its jobs then run
 * at the moved time). Never for a context on the shared test database, whose other tests' records
 * the moved jobs would act on.
 */
public final class MovableClock extends Clock {

  private final AtomicReference<Duration> ahead;
  private final ZoneId zone;

  public MovableClock() {
    this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
  }

  private MovableClock(AtomicReference<Duration> ahead, ZoneId zone) {
    this.ahead = ahead;
    this.zone = zone;
  }

  /** Moves the clock (and every view of it in another zone) further ahead. */
  public void advance(Duration by) {
    ahead.accumulateAndGet(by, Duration::plus);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MovableClock(ahead, other);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead.get());
  }
}
