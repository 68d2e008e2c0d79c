package kz.ecase.ledger;

import java.util.Optional;
import java.util.UUID;
import kz.ecase.identity.RecordScope;

/**
 * A module's answer to who may see a record of its kind, for the ledger's entries and bundles of
 * that record: the entry carries only the unit and the subject, while the record's owner knows its
 * team (a grave crime) and the defence lawyers admitted to it. A record type without a source is
 * scoped by its latest entry.
 */
public interface RecordScopeSource {

  /** The record type this source answers for ({@link RecordRef#type()}). */
  String recordType();

  /** The record's scope as it stands now; empty when the module has no such record. */
  Optional<RecordScope> scopeOf(String id);

  /** A record id that is a UUID, as most modules' are; empty for anything else. */
  static Optional<UUID> uuidOf(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
