package kz.ecase.identity;

/**
 * A user was shown a record (a case file, a protocol, a person's data): published by {@link
 * Authorization#requireRead} in the transaction of the read, so that the audit records it or the
 * read fails.
 *
 * @param recordKey the record read, {@code <type>/<id>}
 * @param scope the record's unit, subject and secrecy
 * @param purpose why the reader opened it: a case or protocol number, or a typed reason
 */
public record RecordRead(CurrentUser reader, String recordKey, RecordScope scope, String purpose) {

  public static final int MAX_PURPOSE = 500;

  public RecordRead {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("A read of personal data needs a purpose");
    }
    if (purpose.length() > MAX_PURPOSE) {
      throw new IllegalArgumentException("A purpose has at most " + MAX_PURPOSE + " characters");
    }
  }

  /** A purpose built from what was typed (a search's text), cut to {@value #MAX_PURPOSE}. */
  public static String clipped(String purpose) {
    return purpose.length() > MAX_PURPOSE ? purpose.substring(0, MAX_PURPOSE) : purpose;
  }
}
