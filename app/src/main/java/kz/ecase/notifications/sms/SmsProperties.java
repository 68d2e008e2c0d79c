package kz.ecase.notifications.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS settings.
 *
 * @param baseUrl the gateway, e.g. {@code https://sms.example.kz/api}; empty: the in-process
 *     simulator ({@code <simulators>/sms})
 * @param timeout how long one send may take
 * @param pollInterval how often the dispatcher looks for due messages
 * @param firstRetry the wait after the first failed attempt (doubling after each further one)
 * @param maxAttempts attempts before a message is FAILED
 * @param batchSize messages claimed at once
 */
@ConfigurationProperties("ecase.notifications.sms")
public record SmsProperties(
    @DefaultValue("") String baseUrl,
    @DefaultValue("3s") Duration timeout,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("1s") Duration firstRetry,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("20") int batchSize) {}
