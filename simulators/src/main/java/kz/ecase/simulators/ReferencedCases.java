package kz.ecase.simulators;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The cases a simulated agency (AIS BEP, the court) opened for what senders submitted, each once
 * per sender's reference, its idempotency key: the same reference again answers the case opened
 * first. Counts each reference's submissions and cases, and lists the cases whose status changed
 * after a moment.
 *
 * @param <C> the agency's case
 */
final class ReferencedCases<C> {

  /** A submission's case: the one opened for it now ({@code opened}), or before. */
  record Submission<C>(C c, boolean opened) {}

  private final Map<String, C> byNumber = new ConcurrentHashMap<>();
  private final Map<String, String> numberByReference = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> submissions = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Function<C, String> numberOf;
  private final Function<C, Instant> changedAt;

  ReferencedCases(Function<C, String> numberOf, Function<C, Instant> changedAt) {
    this.numberOf = numberOf;
    this.changedAt = changedAt;
  }

  /**
   * Counts a submission under {@code reference} and answers its case: the one opened before, or one
   * {@code open} makes from the next sequence number (1, 2, …).
   */
  synchronized Submission<C> submit(String reference, LongFunction<C> open) {
    submissions.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
    String known = numberByReference.get(reference);
    if (known != null) {
      return new Submission<>(byNumber.get(known), false);
    }
    C opened = open.apply(sequence.incrementAndGet());
    String number = numberOf.apply(opened);
    byNumber.put(number, opened);
    numberByReference.put(reference, number);
    created.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
    return new Submission<>(opened, true);
  }

  /** The case opened for this reference, if any. */
  Optional<C> ofReference(String reference) {
    String number = reference == null ? null : numberByReference.get(reference);
    return number == null ? Optional.empty() : Optional.ofNullable(byNumber.get(number));
  }

  /** The case of this number, if any. */
  Optional<C> find(String number) {
    return Optional.ofNullable(number == null ? null : byNumber.get(number));
  }

  /** The case as it stands now (a changed status). */
  void update(C changed) {
    byNumber.put(numberOf.apply(changed), changed);
  }

  Collection<C> all() {
    return List.copyOf(byNumber.values());
  }

  /** How many cases were opened for this reference: at most one, whatever the sender repeats. */
  int casesCreated(String reference) {
    AtomicInteger count = created.get(reference);
    return count == null ? 0 : count.get();
  }

  /** How many times something was submitted under it. */
  int submissions(String reference) {
    AtomicInteger count = submissions.get(reference);
    return count == null ? 0 : count.get();
  }

  /** What the admin API says of a reference: its submissions, cases and case. */
  Map<String, Object> counts(String reference) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("reference", reference);
    counts.put("casesCreated", casesCreated(reference));
    counts.put("submissions", submissions(reference));
    counts.put("case", ofReference(reference).orElse(null));
    return counts;
  }

  /**
   * The answer to {@code GET …/cases?changedSince=<instant>}: the cases whose status changed after
   * that moment, oldest change first; 400 without a moment or with one that is not an instant.
   */
  Answer changedSince(String since) {
    if (since == null) {
      return Answer.error(
          400, "missing-changed-since", "say since when: ?changedSince=2026-06-15T00:00:00Z");
    }
    Instant from;
    try {
      from = Instant.parse(since);
    } catch (DateTimeParseException e) {
      return Answer.error(400, "invalid-changed-since", "an instant like 2026-06-15T00:00:00Z");
    }
    return Answer.ok(
        byNumber.values().stream()
            .filter(c -> changedAt.apply(c).isAfter(from))
            .sorted(Comparator.comparing(changedAt))
            .toList());
  }

  /** Forgets every case and count. */
  synchronized void clear() {
    byNumber.clear();
    numberByReference.clear();
    created.clear();
    submissions.clear();
  }
}
