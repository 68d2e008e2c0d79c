package kz.ecase.signing;

import java.time.Instant;

/**
 * Who signed, as their certificate says.
 *
 * @param subject the certificate's subject (RFC 2253)
 * @param serial the certificate's serial number, lower-case hex
 * @param issuer the certificate's issuer (RFC 2253)
 * @param signingTime the signing-time the signer claims (a signed attribute), null when absent
 */
public record Signer(String subject, String serial, String issuer, Instant signingTime) {}
