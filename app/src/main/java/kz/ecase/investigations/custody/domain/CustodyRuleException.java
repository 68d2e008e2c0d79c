package kz.ecase.investigations.custody.domain;

/**
 * A step the table allows but a rule refuses (the kind of clock, a time, missing reasons).
 *
 * @see CustodyClock
 */
public class CustodyRuleException extends RuntimeException {

  private final transient CustodyStep attempted;
  private final String field;

  public CustodyRuleException(CustodyStep attempted, String field, String message) {
    super(message);
    this.attempted = attempted;
    this.field = field;
  }

  public CustodyStep attempted() {
    return attempted;
  }

  /** The input the rule is about ({@code reasons}, {@code restrictedAt}), or null for none. */
  public String field() {
    return field;
  }
}
