package kz.ecase.ledger;

/**
 * A document or signature attached to a registered fact: only its name and SHA-256 go into the
 * ledger, so that the file can be checked against the entry later.
 */
public record Attachment(String name, String sha256) {

  public Attachment {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An attachment needs a name");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("An attachment's SHA-256 is 64 lower-case hex digits");
    }
  }
}
