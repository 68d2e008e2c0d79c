package kz.ecase.persons;

import java.time.Instant;
import java.util.List;
import kz.ecase.kernel.Iin;

/**
 * What the registries said about a person, source by source. Partial when some registry gave no
 * definite answer: the answers that came are still usable, and the missing ones are named.
 *
 * @param lookupId the look-up's id in the look-up log and the ledger
 * @param receipt the look-up's ledger receipt
 */
public record Dossier(
    String lookupId,
    long receipt,
    Iin iin,
    Instant at,
    String purpose,
    List<SourceAnswer> sources) {

  public boolean complete() {
    return sources.stream().allMatch(source -> source.status().answered());
  }

  /** The registries that gave no definite answer. */
  public List<Registry> missing() {
    return sources.stream()
        .filter(source -> !source.status().answered())
        .map(SourceAnswer::registry)
        .toList();
  }
}
