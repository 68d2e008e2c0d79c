package kz.ecase.offences;

import java.util.List;
import java.util.UUID;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordRead;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import kz.ecase.offences.domain.NamePrefixes;
import kz.ecase.offences.domain.SearchQuery;
import kz.ecase.offences.persistence.ProtocolSearchRows;
import kz.ecase.offences.persistence.ProtocolSearchRows.Hit;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff search over the protocols: one text, read as an IIN, a protocol number, a plate or a
 * part of a person's name ({@link SearchQuery}; a name first as the beginnings of its words in
 * order, {@link NamePrefixes}, then anywhere), within the caller's jurisdiction (the protocols of
 * their unit and the units below it), the latest registered first. Every search is a read of
 * personal data and is audited as one ({@link Authorization#requireRead}, record {@code
 * search/<id>}, the person's IIN as its subject when searched by IIN, the text and what was found
 * as its purpose). The rows are read where lists are read: from the read replica when one is
 * configured (a moment old at most; the searcher's own recent writes from the primary), then the
 * audit is written on the primary in a transaction of its own before anything is returned: no
 * result without its audit row.
 */
@Service
public class ProtocolSearch {

  /** The most lines a search gives. */
  public static final int MAX_LIMIT = 100;

  /** The lines of a search with its query; {@code more}: there are more than those shown. */
  public record Result(SearchQuery query, List<Line> lines, boolean more) {}

  /** A protocol found, with its article as people read it. */
  public record Line(Hit hit, ArticleCitation article) {}

  private final ProtocolSearchRows rows;
  private final CatalogueInUse catalogue;
  private final Authorization authorization;
  private final TransactionTemplate transactions;

  ProtocolSearch(
      ProtocolSearchRows rows,
      CatalogueInUse catalogue,
      Authorization authorization,
      TransactionTemplate transactions) {
    this.rows = rows;
    this.catalogue = catalogue;
    this.authorization = authorization;
    this.transactions = transactions;
  }

  /** Whether the user may search (staff who see records of a unit). */
  public static boolean maySearch(CurrentUser user) {
    return !user.role().personal() && user.role().allows(Action.VIEW_RECORD);
  }

  /**
   * The protocols the text finds in the user's jurisdiction, at most {@code limit}.
   *
   * @throws AccessDeniedException for roles that see no unit's records
   * @throws InvalidInputException ({@code q}) for a text that is no key, ({@code limit}) out of
   *     1..{@value #MAX_LIMIT}
   */
  public Result search(CurrentUser user, String text, int limit) {
    if (!maySearch(user)) {
      throw new AccessDeniedException("Only staff of a unit search the protocols");
    }
    SearchQuery query = parse(text, limit);
    String units = user.unit().value();
    List<Hit> hits =
        switch (query.key()) {
          case IIN -> rows.byIin(units, query.value(), limit + 1);
          case NUMBER -> rows.byNumber(units, query.value(), limit + 1);
          case PLATE -> rows.byPlate(units, query.value(), limit + 1);
          case NAME -> byName(units, query.words(), limit + 1);
        };
    boolean more = hits.size() > limit;
    List<Line> lines = hits.stream().limit(limit).map(this::line).toList();
    transactions.executeWithoutResult(status -> audit(user, query, lines.size(), more));
    return new Result(query, lines, more);
  }

  /**
   * A name read in order first (the beginnings of surname, first name, later words: an index-only
   * range), and only when that finds nothing, the words anywhere in the name (the trigram index:
   * fragments from the middle of a name, another order; slower at scale). docs/search.md.
   */
  private List<Hit> byName(String units, List<String> words, int limit) {
    List<Hit> inOrder =
        NamePrefixes.of(words)
            .map(name -> rows.byNamePrefixes(units, name, limit))
            .orElse(List.of());
    return inOrder.isEmpty() ? rows.byName(units, words, limit) : inOrder;
  }

  private void audit(CurrentUser user, SearchQuery query, int found, boolean more) {
    Iin subject = query.key() == SearchQuery.Key.IIN ? Iin.of(query.value()) : null;
    String purpose =
        "search by "
            + query.key().name().toLowerCase(java.util.Locale.ROOT)
            + " \""
            + query.value()
            + "\": "
            + found
            + (more ? "+" : "")
            + " protocols";
    authorization.requireRead(
        "search/" + UUID.randomUUID(),
        new RecordScope(user.unit(), subject),
        RecordRead.clipped(purpose));
  }

  private static SearchQuery parse(String text, int limit) {
    java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
    SearchQuery query = null;
    try {
      query = SearchQuery.of(text);
    } catch (RefusedQueryException e) {
      problems.put("q", e.getMessage());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      problems.put("limit", "From 1 to " + MAX_LIMIT);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return query;
  }

  private Line line(Hit hit) {
    return new Line(
        hit, ArticleCitation.of(catalogue.current(), hit.catalogueVersion(), hit.articleCode()));
  }
}
