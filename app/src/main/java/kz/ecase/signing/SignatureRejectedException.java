package kz.ecase.signing;

import java.util.List;

/** A signature that does not verify over the document, with what is wrong with it. */
public class SignatureRejectedException extends RuntimeException {

  private final transient List<String> problems;

  public SignatureRejectedException(List<String> problems) {
    super("The signature is not valid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
