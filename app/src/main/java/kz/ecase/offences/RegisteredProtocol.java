package kz.ecase.offences;

import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;

/**
 * The outcome of a submission: the protocol, and whether this submission created it ({@code false}
 * when its idempotency key had registered it before).
 */
public record RegisteredProtocol(StoredProtocol protocol, boolean created) {}
