package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of administrative offences in all its versions. A protocol keeps the version in
 * force on the offence date, even after a newer version takes effect.
 */
public final class OffenceCatalogue {

  private final List<CatalogueVersion> versions;

  public OffenceCatalogue(List<CatalogueVersion> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a catalogue needs at least one version");
    }
    this.versions =
        versions.stream().sorted(Comparator.comparing(CatalogueVersion::startsOn)).toList();
    for (int i = 1; i < this.versions.size(); i++) {
      if (this.versions.get(i).startsOn().equals(this.versions.get(i - 1).startsOn())) {
        throw new IllegalArgumentException(
            "two catalogue versions start on " + this.versions.get(i).startsOn());
      }
    }
  }

  /** Oldest first. */
  public List<CatalogueVersion> versions() {
    return versions;
  }

  /** The version in force on a date: the last one starting on or before it. */
  public Optional<CatalogueVersion> versionInForceOn(LocalDate date) {
    return versions.stream().filter(v -> !v.startsOn().isAfter(date)).reduce((a, b) -> b);
  }

  public Optional<CatalogueVersion> version(int number) {
    return versions.stream().filter(v -> v.version() == number).findFirst();
  }

  /** The articles of the version in force on the date that match the query (none before v1). */
  public List<Article> search(String query, LocalDate date) {
    return versionInForceOn(date).map(v -> v.search(query)).orElse(List.of());
  }
}
