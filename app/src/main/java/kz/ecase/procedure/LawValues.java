package kz.ecase.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every value the law fixes, each with its periods of validity: the kernel's answer to "which term
 * (limit, amount) applies to a fact of this date". Periods of one key must not overlap; a date
 * outside every period of a key is a configuration error, not a default.
 */
public final class LawValues {

  private final Map<String, List<LawValue>> byKey;

  public LawValues(List<LawValue> values) {
    this.byKey =
        values.stream()
            .sorted(Comparator.comparing(LawValue::validFrom))
            .collect(Collectors.groupingBy(LawValue::key, Collectors.toUnmodifiableList()));
    byKey.values().forEach(LawValues::requireNoOverlap);
  }

  /**
   * The value in force on {@code date}.
   *
   * @throws IllegalStateException when no period of the key covers the date
   */
  public LawValue on(String key, LocalDate date) {
    return periods(key).stream()
        .filter(value -> value.appliesOn(date))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no value of " + key + " is in force on " + date));
  }

  /** Every period of the key, oldest first (empty for an unknown key). */
  public List<LawValue> periods(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** Every value, by key and then by period. */
  public List<LawValue> all() {
    List<LawValue> all = new ArrayList<>();
    byKey.keySet().stream().sorted().forEach(key -> all.addAll(byKey.get(key)));
    return all;
  }

  private static void requireNoOverlap(List<LawValue> periods) {
    for (int i = 1; i < periods.size(); i++) {
      LawValue before = periods.get(i - 1);
      LawValue after = periods.get(i);
      if (before.validUntil() == null || !before.validUntil().isBefore(after.validFrom())) {
        throw new IllegalArgumentException(
            after.key() + ": the period from " + after.validFrom() + " overlaps the one before");
      }
    }
  }
}
