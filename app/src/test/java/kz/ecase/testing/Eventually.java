package kz.ecase.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition that background work (or another process) brings about. */
public final class Eventually {

  private Eventually() {}

  /**
   * Reads the value every 100 ms until it satisfies the condition.
   *
   * @return the first value that does
   * @throws AssertionError with the last value when the time runs out
   */
  public static <T> T within(Duration limit, Supplier<T> value, Predicate<T> done) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T current = value.get();
      if (done.test(current)) {
        return current;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + limit.toSeconds() + " s: " + current);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
