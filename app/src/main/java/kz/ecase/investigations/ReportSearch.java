package kz.ecase.investigations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.investigations.persistence.ReportSearchRows;
import kz.ecase.investigations.persistence.ReportSearchRows.Hit;
import org.springframework.stereotype.Service;

/**
 * The crime reports a staff search finds (by the reporter's IIN, the KUI number or a part of the
 * reporter's folded name), only those the user could open: in their jurisdiction, and a report of a
 * grave crime only for its team ({@link ReportScopes}, decided by {@link Authorization} as the
 * report's page decides). It reads and does not audit: the caller audits the search as one read
 * (the criminal register's search in module {@code cases}).
 */
@Service
public class ReportSearch {

  /** A report found: its KUI number, and its ERDR number once registered. */
  public record Line(
      UUID id,
      String kuiNumber,
      String unit,
      String status,
      Instant receivedAt,
      String reporterIin,
      String reporterName,
      String erdrNumber) {

    static Line of(Hit h) {
      return new Line(
          h.id(),
          h.kuiNumber(),
          h.unit(),
          h.status(),
          h.receivedAt(),
          h.reporterIin(),
          h.reporterName(),
          h.erdrNumber());
    }
  }

  /** The reports found; {@code more}: there may be more than those shown. */
  public record Found(List<Line> reports, boolean more) {}

  private final ReportSearchRows rows;
  private final ReportScopes scopes;
  private final Authorization authorization;

  ReportSearch(ReportSearchRows rows, ReportScopes scopes, Authorization authorization) {
    this.rows = rows;
    this.scopes = scopes;
    this.authorization = authorization;
  }

  public Found byIin(CurrentUser user, String iin, int limit) {
    return visible(user, rows.byIin(units(user), iin, window(limit)), limit);
  }

  public Found byNumber(CurrentUser user, String kuiNumber, int limit) {
    return visible(user, rows.byNumber(units(user), kuiNumber, window(limit)), limit);
  }

  /** By the words of a name folded by {@link kz.ecase.kernel.NameFold}. */
  public Found byName(CurrentUser user, List<String> words, int limit) {
    return visible(user, rows.byName(units(user), words, window(limit)), limit);
  }

  /**
   * How many rows are read for {@code limit} lines: some may be hidden (a grave crime's report
   * outside the user's team), so twice as many and one.
   */
  static int window(int limit) {
    return 2 * limit + 1;
  }

  private Found visible(CurrentUser user, List<Hit> hits, int limit) {
    List<Hit> seen = hits.stream().filter(hit -> sees(user, hit)).toList();
    boolean more = seen.size() > limit || hits.size() == window(limit);
    return new Found(seen.stream().limit(limit).map(Line::of).toList(), more);
  }

  private boolean sees(CurrentUser user, Hit hit) {
    RecordScope scope = scopes.of(hit.id(), hit.unit(), hit.reporterIin(), hit.gravity());
    return authorization.decide(user, Action.VIEW_RECORD, scope) == AccessDecision.PERMITTED;
  }

  private static String units(CurrentUser user) {
    return user.unit().value();
  }
}
