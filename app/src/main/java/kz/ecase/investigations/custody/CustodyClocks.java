package kz.ecase.investigations.custody;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.ecase.identity.AccessDecision;
import kz.ecase.identity.Action;
import kz.ecase.identity.Authorization;
import kz.ecase.identity.CurrentUser;
import kz.ecase.identity.RecordScope;
import kz.ecase.kernel.UnitCode;
import kz.ecase.platform.NotFoundException;
import kz.ecase.procedure.RecordedStep;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading clocks: one with its steps (an audited read), the running clocks of the user's units (the
 * duty prosecutor's list), and a unit's figures (depersonalised counts).
 */
@Service
public class CustodyClocks {

  public static final int MAX_LIST = 10_000;

  /** How many running clocks a page lists at first (soonest deadline first); more on request. */
  public static final int PAGE = 100;

  /** A clock with its record, where it stands and every step of it. */
  public record ClockView(StoredClock clock, ClockState state, List<RecordedStep> steps) {}

  private final CustodyStore store;
  private final Authorization authorization;

  CustodyClocks(CustodyStore store, Authorization authorization) {
    this.store = store;
    this.authorization = authorization;
  }

  /**
   * @throws NotFoundException for an unknown clock or one outside the user's jurisdiction
   */
  @Transactional
  public ClockView find(String clockId, String purpose) {
    UUID id = CustodyRecording.parse(clockId);
    StoredClock clock = store.find(id).orElseThrow(CustodyRecording::notFound);
    authorization.requireRead(
        "custody/" + id, CustodyRecording.scopeOf(clock), purpose == null ? "" : purpose);
    return new ClockView(clock, store.state(id).orElseThrow(), store.steps(id));
  }

  /** The running clocks of the units the user works in, soonest deadline first. */
  public List<RunningClock> running(CurrentUser user, int limit) {
    if (!user.role().allows(Action.VIEW_RECORD) || user.unit() == null) {
      throw new AccessDeniedException("Role does not see deliveries and detentions");
    }
    return store.running(user.unit().value(), Math.min(limit, MAX_LIST));
  }

  /** How many clocks run in the units the user works in: all, past 75 %, past the limit. */
  public RunningCounts runningCounts(CurrentUser user, Instant now) {
    if (!user.role().allows(Action.VIEW_RECORD) || user.unit() == null) {
      throw new AccessDeniedException("Role does not see deliveries and detentions");
    }
    return store.runningCounts(user.unit().value(), now);
  }

  /**
   * How many clocks of the unit (and the units below it) stand in each status, and how many ever
   * overran ({@code overrunEver}).
   */
  public Map<String, Long> figures(CurrentUser user, UnitCode unit) {
    if (user.unit() == null
        || !(user.role().allows(Action.VIEW_RECORD)
            || user.role().allows(Action.VIEW_STATISTICS))) {
      throw new AccessDeniedException("Role does not see the unit's figures");
    }
    UnitCode asked = unit == null ? user.unit() : unit;
    RecordScope scope = RecordScope.ofUnit(asked);
    boolean permitted =
        authorization.decide(user, Action.VIEW_RECORD, scope) == AccessDecision.PERMITTED
            || authorization.decide(user, Action.VIEW_STATISTICS, scope)
                == AccessDecision.PERMITTED;
    if (!permitted) {
      throw new NotFoundException("No such unit in your jurisdiction");
    }
    return store.figures(asked.value());
  }
}
