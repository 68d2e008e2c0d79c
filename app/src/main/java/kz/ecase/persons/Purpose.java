package kz.ecase.persons;

/**
 * Why a person is looked up: the case or protocol it serves, or a typed reason. At least one is
 * required; a look-up without a purpose is refused.
 */
public record Purpose(String caseNumber, String protocolNumber, String reason) {

  public static final int MAX_LENGTH = 200;

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

  /** The purpose in one line, as the person and the ledger see it. */
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
