package kz.ecase.identity;

import kz.ecase.identity.domain.AccessPolicy;
import kz.ecase.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the current user may do something to a record (role and
 * jurisdiction). Every module asks here instead of checking roles itself.
 */
@Service
public class Authorization {

  private final CurrentUsers currentUsers;
  private final ApplicationEventPublisher events;
  private final AccessPolicy policy = new AccessPolicy();

  Authorization(CurrentUsers currentUsers, ApplicationEventPublisher events) {
    this.currentUsers = currentUsers;
    this.events = events;
  }

  public AccessDecision decide(CurrentUser user, Action action, RecordScope record) {
    return policy.decide(user, action, record);
  }

  public AccessDecision decide(Action action, RecordScope record) {
    return decide(currentUsers.current(), action, record);
  }

  /**
   * Returns when permitted; otherwise throws {@link AccessDeniedException} (403) when the role
   * never may, or {@link NotFoundException} (404) when the record lies outside the user's
   * jurisdiction.
   */
  public void require(Action action, RecordScope record) {
    switch (decide(action, record)) {
      case PERMITTED -> {}
      case FORBIDDEN -> throw new AccessDeniedException("Role does not allow " + action);
      case HIDDEN -> throw new NotFoundException("No such record");
    }
  }

  /**
   * Like {@link #require} for {@link Action#VIEW_RECORD}, and when permitted records the read
   * ({@link RecordRead}) in the caller's transaction: no one is shown a record without the audit
   * knowing who, when, what and why.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void requireRead(String recordKey, RecordScope record, String purpose) {
    require(Action.VIEW_RECORD, record);
    events.publishEvent(new RecordRead(currentUsers.current(), recordKey, record, purpose));
  }
}
