package kz.ecase.investigations;

import java.util.List;
import java.util.Map;
import kz.ecase.identity.Action;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.Role;
import kz.ecase.investigations.domain.Gravity;
import kz.ecase.investigations.domain.ReportStatus;
import kz.ecase.investigations.persistence.ReportStore;
import kz.ecase.investigations.persistence.ReportStore.ReportLine;
import kz.ecase.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The lists of the register as staff see them: the unit's register (by status), the duty
 * prosecutor's queue of decisions to check (longest waiting first), counts per status. Reports of
 * grave crimes appear only to their team and the prosecutors.
 */
@Service
public class ReportRegister {

  public static final int MAX_LIMIT = 500;

  private final ReportStore store;

  ReportRegister(ReportStore store) {
    this.store = store;
  }

  /** The reports of the user's units, newest first, of one status or all. */
  public List<ReportLine> register(CurrentUser user, String status, int limit) {
    requireStaff(user, Action.VIEW_RECORD);
    String wanted = status(status);
    return visible(user, store.register(user.unit().value(), wanted, limit(limit)));
  }

  /** The decisions waiting for the duty prosecutor's check in the user's units. */
  public List<ReportLine> queue(CurrentUser user, int limit) {
    requireStaff(user, Action.REVIEW_LEGALITY);
    return store.queue(user.unit().value(), limit(limit));
  }

  /** How many reports of the user's units stand in each status; TERM_MISSED: missed the term. */
  public Map<String, Long> counts(CurrentUser user) {
    requireStaff(user, Action.VIEW_RECORD);
    return store.counts(user.unit().value());
  }

  private List<ReportLine> visible(CurrentUser user, List<ReportLine> lines) {
    boolean prosecutor =
        user.role() == Role.DUTY_PROSECUTOR || user.role() == Role.SUPERVISING_PROSECUTOR;
    if (prosecutor) {
      return lines;
    }
    return lines.stream()
        .filter(
            line ->
                line.gravity() == null
                    || !Gravity.valueOf(line.gravity()).restricted()
                    || store.participants(line.id()).contains(user.username()))
        .toList();
  }

  private static void requireStaff(CurrentUser user, Action action) {
    if (user.role() == Role.CITIZEN || user.unit() == null || !user.role().allows(action)) {
      throw new AccessDeniedException("Your role does not see the register");
    }
  }

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "Between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  private static String status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ReportStatus.valueOf(status.strip()).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "One of " + java.util.Arrays.toString(ReportStatus.values()));
    }
  }
}
