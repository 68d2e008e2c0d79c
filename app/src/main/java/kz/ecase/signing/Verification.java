package kz.ecase.signing;

import java.util.List;

/**
 * The result of checking a detached CMS signature over a document: each signer's signature over the
 * document's bytes, their certificate chain to a trust anchor, its validity period, key usage and
 * revocation.
 *
 * @param problems what is wrong with the signature as a whole (e.g. not detached, not CMS)
 */
public record Verification(List<SignerCheck> signers, List<String> problems) {

  public Verification {
    signers = List.copyOf(signers);
    problems = List.copyOf(problems);
  }

  public static Verification rejected(String problem) {
    return new Verification(List.of(), List.of(problem));
  }

  /** Valid when there is at least one signer and nothing is wrong with anyone. */
  public boolean valid() {
    return problems.isEmpty()
        && !signers.isEmpty()
        && signers.stream().allMatch(SignerCheck::valid);
  }

  /** Every problem, each signer's prefixed with their subject. */
  public List<String> allProblems() {
    List<String> all = new java.util.ArrayList<>(problems);
    signers.forEach(
        check -> check.problems().forEach(p -> all.add(check.signer().subject() + ": " + p)));
    if (signers.isEmpty() && problems.isEmpty()) {
      all.add("no signer");
    }
    return all;
  }
}
