package kz.ecase.verifier;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Tells the person waiting how a long run goes: entries done out of the total, percentage and
 * throughput, at most once a second, on a stream other than the result's (stderr for the CLI).
 */
public final class Progress {

  private static final long SECOND = 1_000_000_000L;

  private final PrintStream out;
  private final LongSupplier nanoClock;
  private final String verb;
  private long total = -1;
  private long started;
  private long lastReport;

  Progress(PrintStream out, LongSupplier nanoClock, String verb) {
    this.out = out;
    this.nanoClock = nanoClock;
    this.verb = verb;
  }

  /** Reports nothing, for tests and library callers. */
  public static Progress silent() {
    return new Progress(null, System::nanoTime, "");
  }

  /** Reports to {@code out} what is being done ({@code verb}, such as "checked"). */
  public static Progress to(PrintStream out, String verb) {
    return new Progress(out, System::nanoTime, verb);
  }

  void start(OptionalLong expectedEntries) {
    total = expectedEntries.orElse(-1);
    started = nanoClock.getAsLong();
    lastReport = started;
  }

  /** Notes that {@code done} entries and {@code bytes} bytes are through; reports if it is time. */
  void update(long done, long bytes) {
    if (out == null || (done & 0xff) != 0) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (now - lastReport >= SECOND) {
      lastReport = now;
      out.println(line(done, bytes, now));
    }
  }

  String line(long done, long bytes, long now) {
    double seconds = Math.max(now - started, 1) / (double) SECOND;
    double megabytesPerSecond = bytes / 1e6 / seconds;
    if (total > 0) {
      return String.format(
          Locale.ROOT,
          "%s %d / %d entries (%.1f%%), %.1f MB/s",
          verb,
          done,
          total,
          Math.min(100.0, 100.0 * done / total),
          megabytesPerSecond);
    }
    return String.format(Locale.ROOT, "%s %d entries, %.1f MB/s", verb, done, megabytesPerSecond);
  }
}
