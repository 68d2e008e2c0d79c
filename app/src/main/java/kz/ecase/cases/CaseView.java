package kz.ecase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.ecase.cases.domain.CaseParticipant;
import kz.ecase.procedure.RecordedStep;

/**
 * A case as its page and the API show it: where it stands, its qualification, form and term, its
 * participants, every document version, and the timeline of its steps.
 *
 * @param secondsLeft of the term, negative once it ran out
 * @param proposedForm the form ecase proposes from the gravity and a suspect's admission
 * @param kindsAllowed the documents the investigator may draw up now
 */
public record CaseView(
    UUID id,
    String erdrNumber,
    UUID reportId,
    String unit,
    String status,
    Instant openedAt,
    String investigator,
    String language,
    String articleCode,
    String article,
    String gravity,
    String form,
    String proposedForm,
    Instant deadline,
    long secondsLeft,
    boolean restricted,
    List<CaseParticipant> participants,
    List<DocumentLine> documents,
    List<RecordedStep> steps,
    List<String> kindsAllowed) {

  /** A document version as the case shows it. */
  public record DocumentLine(
      UUID id,
      String kind,
      int version,
      UUID replaces,
      String state,
      UUID participantId,
      String author,
      Instant signedAt,
      String sha256,
      String approverRole,
      String decidedBy,
      Instant decidedAt,
      String remarks,
      List<Media> media) {}

  /** A media file of a protocol. */
  public record Media(String name, String sha256, String mediaType) {}
}
