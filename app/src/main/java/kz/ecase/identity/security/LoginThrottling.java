package kz.ecase.identity.security;

import java.time.Clock;
import java.time.Instant;
import kz.ecase.identity.domain.LockoutPolicy;
import kz.ecase.identity.domain.LoginThrottle;
import kz.ecase.identity.persistence.LoginThrottleStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords per username and keeps locked usernames out. */
@Service
class LoginThrottling {

  private final LoginThrottleStore store;
  private final LockoutPolicy policy;
  private final Clock clock;

  LoginThrottling(LoginThrottleStore store, SecurityProperties properties, Clock clock) {
    this.store = store;
    this.policy =
        new LockoutPolicy(properties.lockout().maxFailures(), properties.lockout().lockDuration());
    this.clock = clock;
  }

  LockoutPolicy policy() {
    return policy;
  }

  boolean isLocked(String usernameKey) {
    return store.load(usernameKey).isLocked(clock.instant());
  }

  @Transactional
  void recordFailure(String usernameKey) {
    Instant now = clock.instant();
    LoginThrottle throttle = store.lockAndLoad(usernameKey, now);
    store.save(usernameKey, throttle.afterFailure(now, policy), now);
  }

  @Transactional
  void recordSuccess(String usernameKey) {
    store.clear(usernameKey);
  }
}
