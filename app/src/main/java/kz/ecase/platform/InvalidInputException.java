package kz.ecase.platform;

/**
 * Input that a domain rule rejects (an IIN with a wrong check digit, a look-up without a purpose):
 * answered as a validation problem naming the field, like a failed bean validation.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
