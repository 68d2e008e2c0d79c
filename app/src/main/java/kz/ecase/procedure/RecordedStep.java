package kz.ecase.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a record's life as its procedure's journal keeps it: the {@code seq}-th step, from
 * one state to the next, when and by whom, with the receipt of its ledger entry and, for a step
 * taken by hand, the SHA-256 of its act.
 */
public record RecordedStep(
    UUID recordId,
    int seq,
    String step,
    String from,
    String to,
    Instant at,
    String actor,
    String reasons,
    long receipt,
    String documentSha256) {}
