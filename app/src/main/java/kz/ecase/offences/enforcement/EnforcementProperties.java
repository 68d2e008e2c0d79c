package kz.ecase.offences.enforcement;

import java.time.Duration;
import kz.ecase.procedure.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enforcement settings ({@code ecase.offences.enforcement}).
 *
 * @param baseUrl AIS BEP's address ({@code ECASE_ENFORCEMENT_URL}); empty: the in-process simulator
 *     (refused in production)
 * @param apiKey sent as {@code X-Api-Key} when set
 * @param timeout how long one request to AIS BEP may take
 * @param sweepInterval how often decisions due for enforcement are looked for
 * @param dispatchInterval how often the outbox is sent
 * @param statusInterval how often open cases are asked about
 * @param firstRetry the wait after the first failed attempt; doubled after each further one
 * @param maxRetry the longest wait between attempts (there is no last attempt: a failing referral
 *     stays visible as failing until AIS BEP acknowledges it)
 * @param batchSize how many referrals one run handles at most
 */
@ConfigurationProperties("ecase.offences.enforcement")
public record EnforcementProperties(
    @DefaultValue("") String baseUrl,
    @DefaultValue("") String apiKey,
    @DefaultValue("5s") Duration timeout,
    @DefaultValue("1m") Duration sweepInterval,
    @DefaultValue("5s") Duration dispatchInterval,
    @DefaultValue("1m") Duration statusInterval,
    @DefaultValue("10s") Duration firstRetry,
    @DefaultValue("1h") Duration maxRetry,
    @DefaultValue("100") int batchSize) {

  public EnforcementProperties {
    baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    apiKey = apiKey == null ? "" : apiKey.strip();
    if (timeout.isNegative()
        || timeout.isZero()
        || firstRetry.isNegative()
        || firstRetry.isZero()) {
      throw new IllegalArgumentException("Enforcement timeout and first retry must be positive");
    }
    if (maxRetry.compareTo(firstRetry) < 0 || batchSize < 1) {
      throw new IllegalArgumentException(
          "Enforcement max-retry must be at least first-retry, batch-size at least 1");
    }
  }

  /**
   * How long a claimed referral is left to its dispatcher before another may take it: past any
   * request's timeout, so that a second send starts only after the first surely ended (or the
   * instance died).
   */
  public Duration lease() {
    return timeout.multipliedBy(2).plusSeconds(5);
  }

  /** The kernel's back-off with these figures; a referral is never given up. */
  RetryPolicy retryPolicy() {
    return new RetryPolicy(firstRetry, maxRetry, 0);
  }
}
