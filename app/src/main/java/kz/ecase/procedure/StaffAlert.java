package kz.ecase.procedure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.identity.Role;
import kz.ecase.kernel.UnitCode;

/**
 * An alert to staff: to one user, or to everyone of a role whose unit is {@code unit} or contains
 * it. Raised once per {@code dedupeKey} (a sweep that runs again raises nothing new).
 *
 * @param kind what happened, {@code <module>.<what>} (e.g. {@code investigations.detention-75})
 * @param text what the recipient reads when no translation is at hand (and in an SMS)
 * @param messageKey the message that says it in the reader's language ({@code alert.…}), with
 *     {@code arguments} filling it; or null
 * @param link the page to act on, relative to ecase ({@code /investigations/...}), or null
 */
public record StaffAlert(
    UUID id,
    Instant raisedAt,
    UnitCode unit,
    String recipientUser,
    Role recipientRole,
    String kind,
    String text,
    String messageKey,
    List<String> arguments,
    String link,
    String dedupeKey) {

  public StaffAlert {
    if ((recipientUser == null) == (recipientRole == null)) {
      throw new IllegalArgumentException("an alert goes to one user or to one role");
    }
    if (text == null || text.isBlank() || text.length() > 1000) {
      throw new IllegalArgumentException("an alert's text is 1 to 1000 characters");
    }
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /** How an argument names a message of the catalogue rather than a value: see {@link #term}. */
  public static final String TERM_PREFIX = "msg:";

  /**
   * An argument said in the reader's language too (a document kind's name, a state): the catalogue
   * message {@code key}, resolved when the alert is shown.
   */
  public static String term(String key) {
    return TERM_PREFIX + key;
  }

  /** The same alert, said in the reader's language by a message of the catalogue. */
  public StaffAlert saying(String key, String... values) {
    return new StaffAlert(
        id,
        raisedAt,
        unit,
        recipientUser,
        recipientRole,
        kind,
        text,
        key,
        List.of(values),
        link,
        dedupeKey);
  }

  public static StaffAlert toUser(
      Instant at,
      UnitCode unit,
      String username,
      String kind,
      String text,
      String link,
      String key) {
    return new StaffAlert(
        UUID.randomUUID(), at, unit, username, null, kind, text, null, List.of(), link, key);
  }

  public static StaffAlert toRole(
      Instant at, UnitCode unit, Role role, String kind, String text, String link, String key) {
    return new StaffAlert(
        UUID.randomUUID(), at, unit, null, role, kind, text, null, List.of(), link, key);
  }
}
