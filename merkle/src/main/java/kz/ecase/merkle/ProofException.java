package kz.ecase.merkle;

/**
 * A Merkle proof failed to verify: the entry is not shown to be in the log, or the later tree is
 * not shown to extend the earlier one. The message says which check failed, in words an auditor can
 * act on.
 */
public class ProofException extends RuntimeException {

  public ProofException(String message) {
    super(message);
  }
}
