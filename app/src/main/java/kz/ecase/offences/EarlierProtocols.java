package kz.ecase.offences;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.ecase.kernel.Iin;
import kz.ecase.offences.domain.ArticleNumber;
import kz.ecase.offences.domain.PriorOffence;
import kz.ecase.offences.domain.ProcedureTerms;
import kz.ecase.offences.persistence.ProtocolStore;
import kz.ecase.offences.persistence.ProtocolStore.StoredProtocol;
import org.springframework.stereotype.Component;

/**
 * The person's earlier offences as ecase's own register knows them: the protocols registered for
 * the IIN (in any unit, not cancelled) for offences within the repeat period before the offence
 * date ({@link kz.ecase.offences.domain.RepeatOffence}: a year), each with its article's number in
 * the catalogue version it was drawn up under. They count for the repeat-offence flag alongside the
 * registry of administrative offences, which learns of ecase's protocols only later.
 */
@Component
public class EarlierProtocols {

  /** How many of a person's protocols are read at most: the repeat flag needs one. */
  private static final int AT_MOST = 50;

  /** One earlier protocol as a prior offence, with its number for the officer to see. */
  public record Earlier(String protocolNumber, PriorOffence offence, boolean paid) {

    /** The register's {@code article-part} form ({@code 592-2}). */
    public String article() {
      return offence.part() == null ? offence.article() : offence.article() + "-" + offence.part();
    }
  }

  private final ProtocolStore store;
  private final CatalogueInUse catalogue;
  private final ZoneId zone;

  EarlierProtocols(ProtocolStore store, CatalogueInUse catalogue, ProcedureTerms terms) {
    this.store = store;
    this.catalogue = catalogue;
    this.zone = terms.zone();
  }

  /**
   * The person's protocols for offences in the year up to {@code offenceDate}, except the one
   * registered from the draft with {@code draftKey} (a draft sent twice is no repeat of itself).
   */
  public List<Earlier> of(Iin iin, LocalDate offenceDate, String draftKey) {
    return store
        .ofPersonSince(
            iin.value(), offenceDate.minusYears(1).atStartOfDay(zone).toInstant(), AT_MOST)
        .stream()
        .filter(p -> draftKey == null || !draftKey.equals(p.idempotencyKey()))
        .flatMap(p -> earlier(p).stream())
        .filter(e -> !e.offence().date().isAfter(offenceDate))
        .toList();
  }

  private Optional<Earlier> earlier(StoredProtocol p) {
    return catalogue
        .current()
        .version(p.catalogueVersion())
        .flatMap(v -> v.article(p.articleCode()))
        .map(a -> a.number())
        .filter(n -> n.article().value() != null && n.article().confirmed())
        .map(n -> new Earlier(p.number(), offence(n, p), "PAID".equals(p.status())));
  }

  private PriorOffence offence(ArticleNumber number, StoredProtocol p) {
    return new PriorOffence(
        number.article().value(),
        number.part().value(),
        LocalDate.ofInstant(p.offenceTime(), zone));
  }
}
