package kz.ecase.signing;

import java.util.List;

/** One signer of a signature and what is wrong with their part; valid when nothing is. */
public record SignerCheck(Signer signer, List<String> problems) {

  public SignerCheck {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
