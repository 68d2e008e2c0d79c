package kz.ecase.administration;

import java.time.Instant;

/**
 * An administrator's act as kept: what, on which record, by whom, when, and its ledger receipt.
 *
 * @param type {@code identity.<PastTense>}
 * @param record the ledger record key, e.g. {@code account/officer}
 * @param actSha256 SHA-256 of the signed act (canonical JSON)
 * @param signatureSha256 SHA-256 of the administrator's detached CMS signature
 */
public record AdministrativeAct(
    String type,
    String record,
    String actor,
    Instant at,
    String actSha256,
    String signatureSha256,
    Long ledgerIndex) {}
