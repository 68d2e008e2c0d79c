package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of administrative offences in all its versions. A protocol keeps the version in
 * force on the offence date, even after a newer version takes effect. A version may start on the
 * same day as an earlier one: it then corrects that one (the same law, re-checked), and the higher
 * number is in force from that day; protocols drawn up under the earlier one keep it.
 */
public final class OffenceCatalogue {

  private final List<CatalogueVersion> versions;

  public OffenceCatalogue(List<CatalogueVersion> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a catalogue needs at least one version");
    }
    this.versions =
        versions.stream()
            .sorted(
                Comparator.comparing(CatalogueVersion::startsOn)
                    .thenComparingInt(CatalogueVersion::version))
            .toList();
    for (int i = 1; i < this.versions.size(); i++) {
      CatalogueVersion earlier = this.versions.get(i - 1);
      CatalogueVersion later = this.versions.get(i);
      if (later.version() <= earlier.version()) {
        throw new IllegalArgumentException(
            "catalogue version "
                + later.version()
                + " starts on "
                + later.startsOn()
                + ", not after version "
                + earlier.version()
                + " ("
                + earlier.startsOn()
                + ")");
      }
    }
  }

  /** Oldest first. */
  public List<CatalogueVersion> versions() {
    return versions;
  }

  /**
   * The version in force on a date: the last one starting on or before it (of two starting the same
   * day, the correction: the higher number).
   */
  public Optional<CatalogueVersion> versionInForceOn(LocalDate date) {
    return versions.stream().filter(v -> !v.startsOn().isAfter(date)).reduce((a, b) -> b);
  }

  /** The version with the highest number: the one a correction builds on. */
  public CatalogueVersion latest() {
    return versions.get(versions.size() - 1);
  }

  public Optional<CatalogueVersion> version(int number) {
    return versions.stream().filter(v -> v.version() == number).findFirst();
  }

  /** The articles of the version in force on the date that match the query (none before v1). */
  public List<Article> search(String query, LocalDate date) {
    return versionInForceOn(date).map(v -> v.search(query)).orElse(List.of());
  }

  /**
   * What an officer may pick: the articles {@link #search} finds that are {@link Article#offered()
   * offered} (a row whose article number is not confirmed stays for administrators only).
   */
  public List<Article> searchOffered(String query, LocalDate date) {
    return search(query, date).stream().filter(Article::offered).toList();
  }
}
