package kz.ecase.persons;

/**
 * Why a person is looked up: the case or protocol it serves, or a typed reason. At least one is
 * required; a look-up without a purpose is refused.
 */
public record Purpose(String caseNumber, String protocolNumber, String reason) {

  public static final int MAX_LENGTH = 200;

  /** The reason of a look-up made while an officer drafts a protocol, before the draft's key. */
  static final String PROTOCOL_DRAFT = "protocol draft ";

  /**
   * A look-up for the protocol an officer is drafting: the reason names the draft by its key (the
   * registration form's idempotency key), so that the look-up can be linked to the protocol the
   * draft becomes ({@link LookupLinks}).
   */
  public static Purpose protocolDraft(String draftKey) {
    return new Purpose(null, null, PROTOCOL_DRAFT + draftKey);
  }

  /** The purpose as {@link #describe()} writes it for a look-up for the draft. */
  static String describedProtocolDraft(String draftKey) {
    return protocolDraft(draftKey).describe();
  }

  /** The draft's key when this is the purpose of a look-up for a protocol draft; else empty. */
  java.util.Optional<String> protocolDraftKey() {
    if (caseNumber != null || protocolNumber != null || !reason.startsWith(PROTOCOL_DRAFT)) {
      return java.util.Optional.empty();
    }
    String key = reason.substring(PROTOCOL_DRAFT.length()).strip();
    return key.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(key);
  }

  /** Whether a purpose as {@link #describe()} wrote it is that of a protocol draft's look-up. */
  public static boolean describesProtocolDraft(String described) {
    return described != null && described.startsWith("reason " + PROTOCOL_DRAFT);
  }

  public Purpose {
    caseNumber = trimmed(caseNumber);
    protocolNumber = trimmed(protocolNumber);
    reason = trimmed(reason);
    if (caseNumber == null && protocolNumber == null && reason == null) {
      throw new IllegalArgumentException(
          "A look-up needs a purpose: a case number, a protocol number or a reason");
    }
    for (String part : new String[] {caseNumber, protocolNumber, reason}) {
      if (part != null && part.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "Each part of the purpose has at most " + MAX_LENGTH + " characters");
      }
    }
  }

  /** The purpose in one line, as the ledger and the look-up log keep it. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, "case", caseNumber);
    append(text, "protocol", protocolNumber);
    append(text, "reason", reason);
    return text.toString();
  }

  private static void append(StringBuilder text, String label, String value) {
    if (value != null) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(label).append(' ').append(value);
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
