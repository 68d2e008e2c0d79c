package kz.ecase.cases.court;

import java.time.Duration;
import kz.ecase.procedure.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the way to court ({@code ecase.cases.court}).
 *
 * @param baseUrl the court system's address ({@code ECASE_COURT_URL}); empty: the in-process
 *     simulator (refused in production)
 * @param apiKey sent as {@code X-Api-Key} when set ({@code ECASE_COURT_API_KEY})
 * @param timeout how long a question to the court may take
 * @param uploadTimeout how long sending one court file may take
 * @param jobs whether this instance sends files and asks the court on its own schedule (false: it
 *     leaves that to the others; tests call the jobs themselves)
 * @param dispatchInterval how often the court outbox is sent
 * @param pollInterval how often the court is asked what changed
 * @param pollOverlap how far back each question reaches before the last change seen (the answers
 *     are recorded once whatever is asked twice)
 * @param firstRetry the wait after the first failed attempt; doubled after each further one
 * @param maxRetry the longest wait between attempts (a file is never given up: it shows as failing
 *     until the court accepts it)
 * @param batchSize how many files one run sends at most
 */
@ConfigurationProperties("ecase.cases.court")
public record CourtProperties(
    @DefaultValue("") String baseUrl,
    @DefaultValue("") String apiKey,
    @DefaultValue("5s") Duration timeout,
    @DefaultValue("60s") Duration uploadTimeout,
    @DefaultValue("true") boolean jobs,
    @DefaultValue("5s") Duration dispatchInterval,
    @DefaultValue("10s") Duration pollInterval,
    @DefaultValue("5s") Duration pollOverlap,
    @DefaultValue("5s") Duration firstRetry,
    @DefaultValue("30m") Duration maxRetry,
    @DefaultValue("10") int batchSize) {

  public CourtProperties {
    baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    apiKey = apiKey == null ? "" : apiKey.strip();
    for (Duration positive :
        new Duration[] {timeout, uploadTimeout, dispatchInterval, pollInterval, firstRetry}) {
      if (positive.isNegative() || positive.isZero()) {
        throw new IllegalArgumentException(
            "Court timeouts, intervals and the first retry must be positive");
      }
    }
    if (pollOverlap.isNegative() || maxRetry.compareTo(firstRetry) < 0 || batchSize < 1) {
      throw new IllegalArgumentException(
          "Court poll-overlap must not be negative, max-retry at least first-retry, batch-size at"
              + " least 1");
    }
  }

  /**
   * How long a claimed file is left to its dispatcher before another may take it: past building it
   * and any upload's timeout, so that a second send starts only after the first surely ended (or
   * the instance died).
   */
  public Duration lease() {
    return uploadTimeout.plus(timeout).multipliedBy(2).plusSeconds(30);
  }

  /** The kernel's back-off with these figures; a file is never given up. */
  RetryPolicy retryPolicy() {
    return new RetryPolicy(firstRetry, maxRetry, 0);
  }
}
