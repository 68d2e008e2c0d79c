package kz.ecase.simulators;

/**
 * How a registry behaves: its latency; the share of requests answered 503 after the latency ({@code
 * errorRate}); the share that hang, answering nothing for a minute ({@code hangRate}); an outage,
 * during which every request is answered 503 at once; and an API key the request's {@code
 * X-Api-Key} header must carry ({@code null}: none required). Invalid values are refused with an
 * {@link IllegalArgumentException} that says what is wrong.
 */
public record Behaviour(
    Latency latency, double errorRate, double hangRate, boolean outage, String apiKey) {

  /** Fast enough for tests, slow enough to be seen: 20–80 ms, no faults, no key. */
  public static final Behaviour DEFAULT = new Behaviour(Latency.uniform(20, 80), 0, 0, false, null);

  public Behaviour {
    if (latency == null) {
      throw new IllegalArgumentException("latency is required");
    }
    requireShare("errorRate", errorRate);
    requireShare("hangRate", hangRate);
    if (apiKey != null && apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank (null: no key required)");
    }
  }

  private static void requireShare(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be from 0.0 to 1.0");
    }
  }

  public Behaviour withLatency(Latency latency) {
    return new Behaviour(latency, errorRate, hangRate, outage, apiKey);
  }

  public Behaviour withErrorRate(double errorRate) {
    return new Behaviour(latency, errorRate, hangRate, outage, apiKey);
  }

  public Behaviour withHangRate(double hangRate) {
    return new Behaviour(latency, errorRate, hangRate, outage, apiKey);
  }

  public Behaviour withOutage(boolean outage) {
    return new Behaviour(latency, errorRate, hangRate, outage, apiKey);
  }

  public Behaviour withApiKey(String apiKey) {
    return new Behaviour(latency, errorRate, hangRate, outage, apiKey);
  }
}
