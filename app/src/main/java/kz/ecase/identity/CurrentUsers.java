package kz.ecase.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who the current request acts for. */
@Component
public class CurrentUsers {

  /** The signed-in user, or empty for an anonymous request. */
  public Optional<CurrentUser> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Optional.empty();
    }
    return fromPrincipal(authentication.getPrincipal());
  }

  /** The signed-in user; fails for anonymous requests (which security rules keep out anyway). */
  public CurrentUser current() {
    return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }

  private static Optional<CurrentUser> fromPrincipal(Object principal) {
    if (principal instanceof CurrentUser user) {
      return Optional.of(user);
    }
    if (principal instanceof SignedInAccount account) {
      return Optional.of(account.user());
    }
    return Optional.empty();
  }

  /** A principal that carries an ecase user (the form-login account). */
  public interface SignedInAccount {
    CurrentUser user();
  }
}
