package kz.ecase.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name under which ecase knows a user of an external identity provider who is not mapped to a
 * local account: keyed by the provider (its issuer) and the user's subject there, never by the
 * username the provider sends, and in a namespace no local username can enter ({@code ext:...};
 * local usernames have no colon). Signing keys, PIN counters, lock-out and the audit all key on it.
 *
 * <p>Form: {@code ext:<first 8 hex digits of SHA-256(issuer)>:<subject>}; a subject too long for
 * the 64 characters of a username is replaced by {@code #} and 40 hex digits of its SHA-256.
 */
public final class ExternalPrincipal {

  public static final String PREFIX = "ext:";
  static final int MAX_LENGTH = 64;

  private ExternalPrincipal() {}

  public static String nameOf(String issuer, String subject) {
    if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("An external identity needs its issuer and subject");
    }
    String namespace = PREFIX + sha256(issuer).substring(0, 8) + ":";
    String name = namespace + subject;
    if (name.length() <= MAX_LENGTH && subject.chars().noneMatch(Character::isISOControl)) {
      return name;
    }
    return namespace + "#" + sha256(subject).substring(0, 40);
  }

  /** Local usernames never carry a colon: a name that does belongs to an external identity. */
  public static boolean isExternal(String username) {
    return username != null && username.startsWith(PREFIX);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
