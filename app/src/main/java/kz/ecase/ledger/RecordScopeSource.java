package kz.ecase.ledger;

import java.util.Optional;
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
}
