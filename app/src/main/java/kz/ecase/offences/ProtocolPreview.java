package kz.ecase.offences;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.ecase.identity.CurrentUser;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.domain.Article;
import kz.ecase.offences.domain.CatalogueVersion;
import kz.ecase.offences.domain.Fine;
import kz.ecase.offences.domain.FineCalculator;
import kz.ecase.offences.domain.FineRange;
import kz.ecase.offences.domain.Offender;
import kz.ecase.offences.domain.PriorOffence;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * What a protocol would be before it is drawn up, for API clients (the officer's page has its own
 * fragments): the article in the catalogue version in force on the offence date, the fine and the
 * discounted amount, and whether the person's earlier offences — in ecase's own register and any
 * the client names from the registry — make it a repeat. Nothing is stored, signed or recorded.
 */
@Service
public class ProtocolPreview {

  /**
   * The facts to preview.
   *
   * @param article a catalogue code or an article number naming one row
   * @param offenceTime ISO date-time, with an offset or in Kazakhstan's time
   * @param fineMci the fine in MCI; none: the article's minimum
   * @param prior earlier offences the registry answered, each {@code 592-2|2026-01-31}
   */
  public record Form(
      String iin, String article, String offenceTime, Integer fineMci, List<String> prior) {}

  /** An earlier protocol in ecase's register that makes this a repeat, or could. */
  public record EarlierProtocol(String number, String article, LocalDate offenceDate) {}

  /**
   * The preview.
   *
   * @param repeatOf the article a repeat escalates to, when the person's earlier offences make it
   *     one
   */
  public record Preview(
      Article article,
      int catalogueVersion,
      Fine fine,
      Optional<BigDecimal> discountedKzt,
      Optional<Article> repeatOf,
      List<EarlierProtocol> earlierProtocols) {}

  private static final int MAX_PRIOR = 50;

  private final CatalogueInUse catalogue;
  private final FineCalculator fines;
  private final EarlierProtocols earlierProtocols;
  private final Clock clock;
  private final ZoneId zone;

  ProtocolPreview(
      CatalogueInUse catalogue,
      FineCalculator fines,
      EarlierProtocols earlierProtocols,
      ProcedureTerms terms,
      Clock clock) {
    this.catalogue = catalogue;
    this.fines = fines;
    this.earlierProtocols = earlierProtocols;
    this.clock = clock;
    this.zone = terms.zone();
  }

  /**
   * @throws org.springframework.security.access.AccessDeniedException unless the user may register
   *     protocols
   * @throws InvalidInputException naming every field at fault
   */
  public Preview preview(CurrentUser user, Form form) {
    ProtocolRegistration.requireMayRegister(user);
    Map<String, String> problems = new LinkedHashMap<>();
    Optional<Iin> iin = iin(form.iin(), problems);
    Optional<Instant> time = time(form.offenceTime(), problems);
    LocalDate date = LocalDate.ofInstant(time.orElse(clock.instant()), zone);
    Optional<CatalogueVersion> version = catalogue.current().versionInForceOn(date);
    if (version.isEmpty()) {
      problems.putIfAbsent("offenceTime", "No catalogue version is in force on " + date);
    }
    Optional<Article> article = version.flatMap(v -> article(v, form.article(), problems));
    List<PriorOffence> prior = prior(form.prior(), problems);
    if (!problems.isEmpty() || article.isEmpty() || iin.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    FineRange range = article.get().fineIndividual().value();
    int mci = form.fineMci() == null ? range.minMci() : form.fineMci();
    if (!range.contains(mci)) {
      throw new InvalidInputException(
          "fineMci", "The fine under " + article.get().code() + " is " + range + " MCI");
    }
    Fine fine;
    try {
      fine = fines.impose(article.get(), Offender.INDIVIDUAL, mci, date);
    } catch (IllegalStateException e) {
      throw new InvalidInputException("offenceTime", e.getMessage());
    }
    List<EarlierProtocols.Earlier> earlier = earlierProtocols.of(iin.get(), date, null);
    earlier.forEach(e -> prior.add(e.offence()));
    Article applicable =
        PriorOffence.applicable(
            version.get(), article.get(), prior.stream().distinct().toList(), date);
    return new Preview(
        article.get(),
        version.get().version(),
        fine,
        article.get().discountApplies()
            ? Optional.of(fines.amountDue(fine, true, date, date))
            : Optional.empty(),
        applicable.equals(article.get()) ? Optional.empty() : Optional.of(applicable),
        earlier.stream()
            .map(e -> new EarlierProtocol(e.protocolNumber(), e.article(), e.offence().date()))
            .toList());
  }

  private static Optional<Iin> iin(String value, Map<String, String> problems) {
    String text = value == null ? "" : value.strip();
    Optional<Iin.Violation> violation = Iin.check(text);
    if (violation.isPresent()) {
      problems.put("iin", violation.get().message());
      return Optional.empty();
    }
    return Optional.of(Iin.of(text));
  }

  private Optional<Instant> time(String value, Map<String, String> problems) {
    String text = value == null ? "" : value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
      } catch (DateTimeException e) {
        problems.put("offenceTime", "An ISO date-time, e.g. 2026-03-14T10:15:00+05:00");
        return Optional.empty();
      }
    }
  }

  /** The row the text names (a code, or a number naming one offered row) with a fine. */
  private static Optional<Article> article(
      CatalogueVersion version, String value, Map<String, String> problems) {
    String query = value == null ? "" : value.strip();
    List<Article> found =
        version
            .article(query)
            .map(List::of)
            .orElseGet(() -> query.matches(".*[0-9].*") ? version.search(query) : List.of())
            .stream()
            .filter(Article::offered)
            .toList();
    if (found.size() != 1) {
      problems.put(
          "article",
          found.isEmpty()
              ? "No article offered to officers in catalogue version " + version.version()
              : "Several articles match: give the part or the code");
      return Optional.empty();
    }
    if (found.get(0).fineIndividual().value() == null) {
      problems.put("article", "The catalogue has no fine for individuals under " + query);
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private static List<PriorOffence> prior(List<String> values, Map<String, String> problems) {
    List<PriorOffence> prior = new ArrayList<>();
    if (values == null) {
      return prior;
    }
    if (values.size() > MAX_PRIOR) {
      problems.put("prior", "At most " + MAX_PRIOR + " earlier offences");
      return prior;
    }
    for (String value : values) {
      String[] parts = value == null ? new String[0] : value.split("\\|", 2);
      Optional<PriorOffence> offence = Optional.empty();
      if (parts.length == 2) {
        try {
          offence = PriorOffence.parse(parts[0], LocalDate.parse(parts[1].strip()));
        } catch (DateTimeException e) {
          offence = Optional.empty();
        }
      }
      if (offence.isEmpty()) {
        problems.putIfAbsent(
            "prior", "Each earlier offence as article-part|date: 592-2|2026-01-31");
      } else {
        prior.add(offence.get());
      }
    }
    return prior;
  }
}
