package kz.ecase.verifier;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import kz.ecase.merkle.Hash;

/**
 * The outcome of an audit: how many entries were read, the root recomputed from them, the largest
 * checkpoint signed by the trusted key that the recomputed tree matched, and the findings. No
 * findings means verified.
 *
 * @param entries number of entries read
 * @param root the root hash recomputed from the entries' bytes
 * @param verifiedSize the largest tree size at which a trusted checkpoint matched, or -1
 * @param consistentFrom the size of the user's oldest saved checkpoint proved consistent with the
 *     newest trusted one, or -1
 * @param findings the findings, the first few of each kind
 * @param omittedFindings how many more findings there were
 * @param intactBelow entries below this index are vouched for by a matching trusted checkpoint
 */
public record Report(
    long entries,
    Hash root,
    long verifiedSize,
    long consistentFrom,
    List<Finding> findings,
    long omittedFindings,
    long intactBelow) {

  public Report {
    findings = List.copyOf(findings);
  }

  /** Whether no evidence of change was found. */
  public boolean verified() {
    return findings.isEmpty();
  }

  /**
   * Where the first change lies: the located finding that ends earliest, narrowed by the trusted
   * checkpoints that still match; empty if no finding points at entries.
   */
  public Optional<Finding> firstBad() {
    return findings.stream()
        .filter(Finding::located)
        .min(
            Comparator.comparingLong(Finding::to)
                .thenComparing(Comparator.comparingLong(Finding::from).reversed()))
        .map(
            f ->
                intactBelow > f.from() && intactBelow <= f.to()
                    ? new Finding(f.kind(), intactBelow, f.to(), f.message())
                    : f);
  }

  /** The index of the first changed entry when it is known exactly. */
  public OptionalLong firstBadIndex() {
    return firstBad().filter(Finding::exact).stream().mapToLong(Finding::from).findFirst();
  }

  /** The one line that says how it went: "OK: ..." or "TAMPERED: ...". */
  public String summary() {
    if (verified()) {
      StringBuilder line = new StringBuilder("OK: " + entries + " entries, root " + root.hex());
      line.append(", checkpoint size ").append(verifiedSize).append(" verified");
      if (verifiedSize < entries) {
        line.append(" (")
            .append(entries - verifiedSize)
            .append(" newer entries are not yet covered by a checkpoint)");
      }
      if (consistentFrom >= 0) {
        line.append(", consistent with your checkpoint of size ").append(consistentFrom);
      }
      return line.toString();
    }
    long total = findings.size() + omittedFindings;
    String where =
        firstBad()
            .map(
                f ->
                    f.exact()
                        ? "first changed entry is index " + f.from() + "; "
                        : "first changed entry is in " + f.from() + ".." + f.to() + "; ")
            .orElse("");
    Finding first = firstBad().orElse(findings.get(0));
    return "TAMPERED: "
        + where
        + first.message()
        + " ("
        + total
        + (total == 1 ? " finding)" : " findings)");
  }
}
