package kz.ecase.verifier;

/**
 * One row of {@code ledger_entries} as a source holds it, before any check: the index, the columns
 * the database keeps beside the entry, the entry's canonical bytes and the leaf hash stored with
 * them.
 *
 * @param index the stored index ({@code idx})
 * @param recordKey the stored {@code record_key}, {@code type/id}
 * @param unit the stored unit code
 * @param subject the stored subject's IIN, or null
 * @param entry the entry's bytes (RFC 8785 canonical JSON)
 * @param leafHash the stored leaf hash, 32 bytes if intact
 */
public record StoredEntry(
    long index, String recordKey, String unit, String subject, byte[] entry, byte[] leafHash) {}
