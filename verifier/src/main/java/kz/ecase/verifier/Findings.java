package kz.ecase.verifier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one audit as they come: keeps the first few of each kind in full and counts the
 * rest, since one change can make thousands of later hashes differ. A finding beyond the limit is
 * kept all the same when it points at earlier entries than any kept, so the first change is never
 * lost.
 */
final class Findings {

  static final int KEPT_PER_KIND = 20;

  private final List<Finding> kept = new ArrayList<>();
  private final Map<Finding.Kind, Long> counts = new EnumMap<>(Finding.Kind.class);

  void add(Finding finding) {
    long count = counts.merge(finding.kind(), 1L, Long::sum);
    if (count <= KEPT_PER_KIND) {
      kept.add(finding);
    } else if (finding.located() && endsEarlier(finding)) {
      kept.add(finding);
    }
  }

  /** Whether it points at entries earlier than every located finding kept so far. */
  private boolean endsEarlier(Finding finding) {
    return kept.stream()
        .filter(Finding::located)
        .allMatch(
            k -> finding.to() < k.to() || (finding.to() == k.to() && finding.from() > k.from()));
  }

  boolean any(Finding.Kind kind) {
    return counts.containsKey(kind);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  List<Finding> kept() {
    return List.copyOf(kept);
  }

  long omitted() {
    return counts.values().stream().mapToLong(Long::longValue).sum() - kept.size();
  }
}
