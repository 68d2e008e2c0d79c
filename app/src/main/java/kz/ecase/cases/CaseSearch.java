package kz.ecase.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.ecase.cases.domain.RegisterQuery;
import kz.ecase.cases.persistence.CaseSearchRows;
import kz.ecase.cases.persistence.CaseSearchRows.Hit;
import kz.ecase.cases.persistence.CaseStore;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordRead;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.ReportSearch;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.SearchText.RefusedQueryException;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff search over the criminal register: one text, read as a person's IIN, a crime report's
 * KUI number, an ERDR number or a part of a person's name ({@link RegisterQuery}), finds the crime
 * reports (module {@code investigations}, {@link ReportSearch}) and the criminal cases the user
 * could open: of their jurisdiction, and a case of a grave crime only for its team ({@link
 * CaseScopes}, decided by {@link Authorization} as the case page decides), the latest first. Every
 * search is audited as one read ({@link Authorization#requireRead}, record {@code search/<id>}, the
 * IIN as its subject when searched by IIN). The rows are read as lists are, from the read replica
 * when one is configured (a moment old at most; the searcher's own recent writes from the primary);
 * then the audit is written on the primary in a transaction of its own before anything is returned:
 * no result without its audit row (as {@code offences/ProtocolSearch} does).
 */
@Service
public class CaseSearch {

  /** The most lines of each kind a search gives. */
  public static final int MAX_LIMIT = 100;

  /** What a search found; {@code more}: there may be more than those shown. */
  public record Result(
      RegisterQuery query, List<Hit> cases, List<ReportSearch.Line> reports, boolean more) {}

  private final CaseSearchRows rows;
  private final CaseStore store;
  private final CaseRecords records;
  private final CaseScopes scopes;
  private final ReportSearch reports;
  private final Authorization authorization;
  private final TransactionTemplate transactions;

  CaseSearch(
      CaseSearchRows rows,
      CaseStore store,
      CaseRecords records,
      CaseScopes scopes,
      ReportSearch reports,
      Authorization authorization,
      TransactionTemplate transactions) {
    this.rows = rows;
    this.store = store;
    this.records = records;
    this.scopes = scopes;
    this.reports = reports;
    this.authorization = authorization;
    this.transactions = transactions;
  }

  /** Whether the user may search (staff who see the records of a unit). */
  public static boolean maySearch(CurrentUser user) {
    return !user.role().personal() && user.role().allows(Action.VIEW_RECORD) && user.unit() != null;
  }

  /**
   * The reports and cases the text finds in the user's jurisdiction, at most {@code limit} of each.
   *
   * @throws AccessDeniedException for roles that see no unit's records
   * @throws InvalidInputException ({@code q}) for a text that is no key, ({@code limit}) out of
   *     1..{@value #MAX_LIMIT}
   */
  public Result search(CurrentUser user, String text, int limit) {
    if (!maySearch(user)) {
      throw new AccessDeniedException("Only staff of a unit search the criminal register");
    }
    RegisterQuery query = parse(text, limit);
    String units = user.unit().value();
    int window = 2 * limit + 1;
    List<Hit> candidates =
        switch (query.key()) {
          case IIN -> rows.byIin(units, query.value(), window);
          case ERDR -> rows.byNumber(units, query.value(), window);
          case NAME -> rows.byName(units, query.words(), window);
          case KUI -> List.of();
        };
    ReportSearch.Found found =
        switch (query.key()) {
          case IIN -> reports.byIin(user, query.value(), limit);
          case KUI -> reports.byNumber(user, query.value(), limit);
          case NAME -> reports.byName(user, query.words(), limit);
          case ERDR -> new ReportSearch.Found(List.of(), false);
        };
    List<Hit> seen = candidates.stream().filter(hit -> sees(user, hit)).toList();
    boolean more = seen.size() > limit || candidates.size() == window || found.more();
    List<Hit> cases = seen.stream().limit(limit).toList();
    transactions.executeWithoutResult(
        status -> audit(user, query, cases.size(), found.reports().size(), more));
    return new Result(query, cases, found.reports(), more);
  }

  /** Whether the user could open the case: the case page's rule, its team loaded only if needed. */
  private boolean sees(CurrentUser user, Hit hit) {
    RecordScope scope =
        scopes
            .ofUnit(hit.unit(), hit.gravity())
            .orElseGet(() -> records.load(hit.id(), store.steps(hit.id())).scope());
    return authorization.decide(user, Action.VIEW_RECORD, scope) == AccessDecision.PERMITTED;
  }

  private void audit(CurrentUser user, RegisterQuery query, int cases, int reported, boolean more) {
    Iin subject = query.key() == RegisterQuery.Key.IIN ? Iin.of(query.value()) : null;
    String purpose =
        "search by "
            + query.key().name().toLowerCase(Locale.ROOT)
            + " \""
            + query.value()
            + "\": "
            + cases
            + " cases, "
            + reported
            + " reports"
            + (more ? " (more)" : "");
    authorization.requireRead(
        "search/" + UUID.randomUUID(),
        new RecordScope(user.unit(), subject),
        RecordRead.clipped(purpose));
  }

  private static RegisterQuery parse(String text, int limit) {
    Map<String, String> problems = new LinkedHashMap<>();
    RegisterQuery query = null;
    try {
      query = RegisterQuery.of(text);
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
}
