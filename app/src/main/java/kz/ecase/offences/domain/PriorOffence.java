package kz.ecase.offences.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An administrative offence the person committed before, as the register of administrative offences
 * reports it: the article and part, and the date.
 *
 * @param article the article's number ({@code 592})
 * @param part the part ({@code 2}), or null when the register gives none
 */
public record PriorOffence(String article, String part, LocalDate date) {

  /**
   * Reads the register's {@code article-part} form ({@code 592-2}; {@code 592} alone has no part).
   */
  public static Optional<PriorOffence> parse(String number, LocalDate date) {
    if (number == null || date == null || !number.strip().matches("\\d+(-\\d+)?")) {
      return Optional.empty();
    }
    String[] parts = number.strip().split("-");
    return Optional.of(new PriorOffence(parts[0], parts.length > 1 ? parts[1] : null, date));
  }

  /**
   * Whether this earlier offence is the same offence as {@code article} for repeat purposes: the
   * same catalogue row, or a row that escalates to the same repeat part (speeding by 20–40 and by
   * 40–60 km/h both escalate to repeat speeding).
   */
  public boolean sameOffenceAs(CatalogueVersion version, Article article) {
    return version.articles().stream()
        .filter(row -> article.equals(row) || sharesRepeat(row, article))
        .anyMatch(this::names);
  }

  /**
   * The article that applies to an offence under {@code article} on {@code offenceDate} given the
   * person's earlier offences ({@link RepeatOffence}). The register gives no execution date, so the
   * earlier offence's date stands for it: the flag is a prompt for the officer to check, not a
   * decision.
   */
  public static Article applicable(
      CatalogueVersion version, Article article, List<PriorOffence> prior, LocalDate offenceDate) {
    Optional<LocalDate> latest =
        prior.stream()
            .filter(p -> p.sameOffenceAs(version, article))
            .map(PriorOffence::date)
            .filter(date -> !date.isAfter(offenceDate))
            .max(Comparator.naturalOrder());
    return RepeatOffence.applicable(version, article, latest, offenceDate);
  }

  private boolean names(Article row) {
    return article.equals(row.number().article().value())
        && (part == null || part.equals(row.number().part().value()));
  }

  private static boolean sharesRepeat(Article row, Article article) {
    return row.escalatesTo().isPresent() && row.escalatesTo().equals(article.escalatesTo());
  }
}
