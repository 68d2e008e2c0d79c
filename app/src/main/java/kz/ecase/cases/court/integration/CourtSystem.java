package kz.ecase.cases.court.integration;

import java.time.Instant;
import java.util.List;

/**
 * The court system, as ecase uses it: send a criminal case's court file (idempotent on ecase's
 * reference: the same reference again answers the same court case), ask which court cases changed
 * since a moment (returned for revision, decided), and ask the newest checkpoint of ecase's ledger
 * the court knows, from which the next file proves consistency.
 */
public interface CourtSystem {

  /**
   * Sends the court file; answers the court case opened for it (or opened before for the same
   * reference).
   *
   * @throws CourtSystemException when the court did not accept it
   */
  Receipt submit(String reference, byte[] courtFile);

  /**
   * The court cases whose status changed after {@code since}, oldest change first.
   *
   * @throws CourtSystemException when the court did not answer
   */
  List<CourtCase> changedSince(Instant since);

  /**
   * The newest checkpoint of ecase's ledger the court knows.
   *
   * @throws CourtSystemException when the court did not answer
   */
  KnownCheckpoint checkpoint();

  /** The court accepted the file and opened (or had opened) this case. */
  record Receipt(String caseNumber, String fileSha256, Instant acceptedAt) {}

  /**
   * A court case as the court reports it: {@code ACCEPTED}, {@code RETURNED} (with the reason) or
   * {@code DECIDED} (a {@code SENTENCE} or an {@code ORDER}, with its text); {@code asReported}:
   * the court's JSON of it, kept as the act of its step.
   */
  record CourtCase(
      String caseNumber,
      String reference,
      String status,
      String decisionKind,
      String decisionText,
      String reason,
      Instant changedAt,
      String asReported) {

    public boolean returned() {
      return "RETURNED".equals(status);
    }

    public boolean decided() {
      return "DECIDED".equals(status);
    }
  }

  /** A checkpoint of ecase's ledger the court knows: tree size and root hash (base64). */
  record KnownCheckpoint(long treeSize, String rootHash) {}

  /**
   * The court did not answer as it should; {@code permanent} when it refused the request itself.
   */
  class CourtSystemException extends RuntimeException {

    private final boolean permanent;

    public CourtSystemException(String message, boolean permanent, Throwable cause) {
      super(message, cause);
      this.permanent = permanent;
    }

    public boolean permanent() {
      return permanent;
    }
  }
}
