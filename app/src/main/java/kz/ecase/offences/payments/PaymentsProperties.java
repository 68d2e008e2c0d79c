package kz.ecase.offences.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment provider and its callbacks ({@code ecase.offences.payments.*}).
 *
 * @param providerUrl the provider's API, e.g. {@code https://pay.example.kz/api}; empty: the
 *     in-process simulator (refused in production)
 * @param secret the HMAC-SHA256 key the provider signs its callbacks with; empty: the random one
 *     given to the simulated provider at each start (refused in production)
 * @param signatureWindow how far a callback's timestamp may lie from ecase's clock
 * @param callbackUrl where the provider calls ecase back; empty: this instance's own address
 * @param timeout how long a request to the provider may take
 * @param reconciliationCron when the daily reconciliation of the day before runs (Kazakhstan time)
 * @param checkoutOrigin where the provider's checkout pages are, e.g. {@code
 *     https://checkout.example.kz}, when not at the origin of {@code providerUrl}
 * @param pendingFor how long a payment started at the provider counts as pending (no new payment of
 *     the protocol is started meanwhile; starting again gives the same one) unless its payment is
 *     recorded first
 */
@ConfigurationProperties("ecase.offences.payments")
public record PaymentsProperties(
    @DefaultValue("") String providerUrl,
    @DefaultValue("") String secret,
    @DefaultValue("5m") Duration signatureWindow,
    @DefaultValue("") String callbackUrl,
    @DefaultValue("5s") Duration timeout,
    @DefaultValue("0 30 1 * * *") String reconciliationCron,
    @DefaultValue("") String checkoutOrigin,
    @DefaultValue("30m") Duration pendingFor) {}
