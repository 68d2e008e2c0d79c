package kz.ecase.simulators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.random.RandomGenerator;

/**
 * What a registry will do with one request under its behaviour, and after how long: in an outage it
 * answers 503 at once; to a request without the configured API key, 401 at once; a hanging request
 * is held for {@link #HANG_MILLIS} and then answered 503; otherwise it waits its latency and
 * answers 503 with the error rate's probability, or looks the record up.
 */
record ResponsePlan(Outcome outcome, long delayMillis) {

  /** How long a hanging request is held before it is answered 503. */
  static final long HANG_MILLIS = 60_000;

  /** How the request will be answered. */
  enum Outcome {
    OUTAGE,
    UNAUTHORIZED,
    HANG,
    ERROR,
    ANSWER
  }

  static ResponsePlan of(Behaviour behaviour, String presentedKey, RandomGenerator random) {
    if (behaviour.outage()) {
      return new ResponsePlan(Outcome.OUTAGE, 0);
    }
    if (behaviour.apiKey() != null && !sameKey(behaviour.apiKey(), presentedKey)) {
      return new ResponsePlan(Outcome.UNAUTHORIZED, 0);
    }
    if (random.nextDouble() < behaviour.hangRate()) {
      return new ResponsePlan(Outcome.HANG, HANG_MILLIS);
    }
    long delay = behaviour.latency().sampleMillis(random);
    boolean error = random.nextDouble() < behaviour.errorRate();
    return new ResponsePlan(error ? Outcome.ERROR : Outcome.ANSWER, delay);
  }

  private static boolean sameKey(String expected, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
