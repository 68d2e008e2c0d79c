package kz.ecase.offences.payments;

import java.math.BigDecimal;
import java.time.Instant;

/** A completed payment as the provider reports it (callback or statement line). */
public record ProviderPayment(
    String paymentId, String reference, BigDecimal amountKzt, String method, Instant paidAt) {}
