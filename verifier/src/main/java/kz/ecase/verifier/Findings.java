package kz.ecase.verifier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one audit as they come: keeps the first few of each kind in full and counts the
 * rest, since one change can make thousands of later hashes differ.
 */
final class Findings {

  static final int KEPT_PER_KIND = 20;

  private final List<Finding> kept = new ArrayList<>();
  private final Map<Finding.Kind, Long> counts = new EnumMap<>(Finding.Kind.class);

  void add(Finding finding) {
    long count = counts.merge(finding.kind(), 1L, Long::sum);
    if (count <= KEPT_PER_KIND) {
      kept.add(finding);
    }
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
