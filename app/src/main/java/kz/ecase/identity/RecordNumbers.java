package kz.ecase.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The number people know a module's records by (a protocol's, a case's, a report's КУИ number), for
 * pages that list records by their key ({@code <type>/<id>}, as {@link RecordRead} names them) and
 * must not show an id: each module that owns a type of record gives one.
 */
public interface RecordNumbers {

  /** The type of the records this source numbers: {@code protocol}, {@code case}, … */
  String recordType();

  /** The record's number, if it has one and exists. */
  Optional<String> numberOf(String id);

  /** The id as a UUID, when it is one. */
  static Optional<UUID> uuidOf(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
