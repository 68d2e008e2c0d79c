package kz.ecase.offences.domain;

import java.time.Instant;

/**
 * What one transition did, for a later service to sign and record in the ledger.
 *
 * @param type the transition
 * @param from the state before
 * @param to the state after
 * @param at when (from the injected clock)
 * @param actor who did it (user id), or {@code system} for terms that lapse
 * @param reasons the reasons given (required for referral, appeal outcomes and cancellation), or
 *     empty
 */
public record ProtocolEvent(
    ProtocolTransition type,
    ProtocolStatus from,
    ProtocolStatus to,
    Instant at,
    String actor,
    String reasons) {}
