package kz.ecase.investigations.custody;

import java.util.List;

/**
 * Every problem of a submitted form at once, each naming its field, with a message key ({@code
 * custody.error.…}) and its English text.
 */
public class CustodyInputException extends RuntimeException {

  /** One rejected field. */
  public record FieldProblem(String field, String messageKey, String message) {}

  private final transient List<FieldProblem> problems;

  public CustodyInputException(List<FieldProblem> problems) {
    super(problems.size() + " fields are invalid");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
