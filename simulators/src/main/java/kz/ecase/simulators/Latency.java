package kz.ecase.simulators;

import java.util.random.RandomGenerator;

/**
 * How long a registry takes to answer, in milliseconds: either uniform between a minimum and a
 * maximum, or log-normal with a given median and 99th percentile (capped at three times the 99th
 * percentile, so no single answer takes absurdly long). Values are at most {@value #MAX_MILLIS} ms.
 */
public sealed interface Latency permits Latency.Uniform, Latency.LogNormal {

  /** The largest latency that may be configured, in milliseconds. */
  long MAX_MILLIS = 60_000;

  /** A latency drawn uniformly from [minMs, maxMs]. */
  static Latency uniform(long minMs, long maxMs) {
    return new Uniform(minMs, maxMs);
  }

  /** A log-normal latency with this median and 99th percentile. */
  static Latency logNormal(long medianMs, long p99Ms) {
    return new LogNormal(medianMs, p99Ms);
  }

  /** One latency in milliseconds. */
  long sampleMillis(RandomGenerator random);

  /** Uniform between {@code minMs} and {@code maxMs}, both included. */
  record Uniform(long minMs, long maxMs) implements Latency {
    public Uniform {
      requireWithinRange("min", minMs);
      requireWithinRange("max", maxMs);
      if (maxMs < minMs) {
        throw new IllegalArgumentException("latency max must not be less than min");
      }
    }

    @Override
    public long sampleMillis(RandomGenerator random) {
      return random.nextLong(minMs, maxMs + 1);
    }
  }

  /** Log-normal with median {@code medianMs} and 99th percentile {@code p99Ms}. */
  record LogNormal(long medianMs, long p99Ms) implements Latency {
    /** The standard normal's 99th percentile. */
    private static final double Z_99 = 2.3263478740408408;

    public LogNormal {
      requireWithinRange("median", medianMs);
      requireWithinRange("p99", p99Ms);
      if (medianMs <= 0) {
        throw new IllegalArgumentException("latency median must be positive");
      }
      if (p99Ms < medianMs) {
        throw new IllegalArgumentException("latency p99 must not be less than the median");
      }
    }

    @Override
    public long sampleMillis(RandomGenerator random) {
      double mu = Math.log(medianMs);
      double sigma = (Math.log(p99Ms) - mu) / Z_99;
      double sample = Math.exp(mu + sigma * random.nextGaussian());
      return Math.min(Math.round(sample), 3 * p99Ms);
    }
  }

  private static void requireWithinRange(String name, long millis) {
    if (millis < 0 || millis > MAX_MILLIS) {
      throw new IllegalArgumentException(
          "latency " + name + " must be from 0 to " + MAX_MILLIS + " ms");
    }
  }
}
