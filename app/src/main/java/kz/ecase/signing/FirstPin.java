package kz.ecase.signing;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.ecase.identity.CurrentUser;
import kz.ecase.signing.domain.SigningPin;
import org.springframework.stereotype.Service;

/**
 * A signing PIN chosen inside the flow that first needs it (the officer's first protocol, a first
 * step of a protocol): typed twice on the same form; when both agree and the user has no key yet,
 * the key and its certificate are made ({@link SigningKeys#setPin}) and the act is then signed with
 * it. Problems are named by field with their message keys ({@code pin.error.*}), so a page shows
 * them beside its fields.
 */
@Service
public class FirstPin {

  private final SigningKeys keys;

  FirstPin(SigningKeys keys) {
    this.keys = keys;
  }

  /** Whether the user has no signing key yet, so a page asks for a new PIN twice. */
  public boolean needed(CurrentUser user) {
    return keys.certificateOf(user.username()).isEmpty();
  }

  /**
   * Sets the user's first PIN when they have no key yet; does nothing when they have one (the PIN
   * then opens it when the act is signed).
   *
   * @return the problems by field ({@code pin}, {@code repeat}), empty when the PIN is usable
   */
  public Map<String, String> chooseIfNeeded(CurrentUser user, String pin, String repeat) {
    if (!needed(user)) {
      return Map.of();
    }
    Map<String, String> problems = problems(pin, repeat);
    if (problems.isEmpty()) {
      try {
        keys.setPin(user, pin, null);
      } catch (SigningConflictException e) {
        // set meanwhile (another tab): the PIN typed opens that key or is counted wrong when
        // signing
      }
    }
    return problems;
  }

  /** The problems of a new PIN typed twice: its form, then whether the two agree. */
  public static Map<String, String> problems(String pin, String repeat) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (pin == null || !SigningPin.isWellFormed(pin)) {
      problems.put("pin", "pin.error.format");
    } else if (!pin.equals(repeat)) {
      problems.put("repeat", "pin.error.repeat");
    }
    return problems;
  }
}
