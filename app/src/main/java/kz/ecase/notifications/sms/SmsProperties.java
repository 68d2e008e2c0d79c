package kz.ecase.notifications.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS settings.
 *
 * @param baseUrl the gateway, e.g. {@code https://sms.example.kz/api} (ECASE_SMS_URL); empty: the
 *     in-process simulator ({@code <simulators>/sms}), refused in production
 * @param apiKey sent as {@code X-Api-Key} when not empty (ECASE_SMS_API_KEY)
 * @param dispatch whether this instance sends due messages and polls delivery reports
 *     (ECASE_SMS_DISPATCH); off, messages wait in the outbox for an instance that does
 * @param timeout how long one request to the gateway may take
 * @param pollInterval how often the dispatcher looks for due messages
 * @param firstRetry the wait after the first failed attempt (doubling after each further one); also
 *     the first wait for a delivery report
 * @param maxAttempts attempts before a message is FAILED
 * @param maxReportChecks delivery report polls before ecase stops asking (the message stays SENT)
 * @param batchSize messages claimed at once; while a poll claims full batches it claims again at
 *     once, so a backlog is worked off without waiting for the next poll. A batch waits for a
 *     pooled database connection three times whatever its size (claim, look-ups' transaction,
 *     outcomes), so under load larger batches send more a second; a row's lease grows with {@code
 *     ceil(batchSize / concurrency)}
 * @param concurrency network calls (look-ups, sends, report checks) of a claimed batch made at the
 *     same time (each waits for the population register or the gateway, so one at a time sends only
 *     1 / (their latency) a second); the look-ups count against the population register's bulkhead
 *     of 100 calls in flight, shared with the officers' look-ups
 */
@ConfigurationProperties("ecase.notifications.sms")
public record SmsProperties(
    @DefaultValue("") String baseUrl,
    @DefaultValue("") String apiKey,
    @DefaultValue("true") boolean dispatch,
    @DefaultValue("3s") Duration timeout,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("1s") Duration firstRetry,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("12") int maxReportChecks,
    @DefaultValue("128") int batchSize,
    @DefaultValue("32") int concurrency) {

  public SmsProperties {
    if (batchSize < 1 || concurrency < 1) {
      throw new IllegalArgumentException("batch-size and concurrency must be at least 1");
    }
  }
}
