package kz.ecase.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that a domain rule rejects (an IIN with a wrong check digit, a look-up without a purpose):
 * answered as a validation problem naming the field, like a failed bean validation. Several fields
 * at fault are reported together, so that a user mends them all at once.
 */
public class InvalidInputException extends RuntimeException {

  private final Map<String, String> problems;

  public InvalidInputException(String field, String message) {
    this(Map.of(field, message));
  }

  /**
   * @param problems the message for each field at fault, in the form's order
   */
  public InvalidInputException(Map<String, String> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.values().iterator().next());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("input is invalid in some field");
    }
    this.problems = new LinkedHashMap<>(problems);
  }

  /** The first field at fault. */
  public String field() {
    return problems.keySet().iterator().next();
  }

  /** Every field at fault with its message. */
  public Map<String, String> problems() {
    return java.util.Collections.unmodifiableMap(problems);
  }
}
