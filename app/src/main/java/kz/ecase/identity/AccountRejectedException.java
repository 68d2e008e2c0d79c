package kz.ecase.identity;

import java.util.Map;

/**
 * An account or unit change that a rule refuses, with every field at fault at once (field → message
 * key of messages*.properties).
 */
public class AccountRejectedException extends RuntimeException {

  private final Map<String, String> problems;

  public AccountRejectedException(Map<String, String> problems) {
    super("Rejected: " + problems);
    this.problems = Map.copyOf(problems);
  }

  public Map<String, String> problems() {
    return problems;
  }
}
