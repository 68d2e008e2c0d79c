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
 * @param motions the defence's motions with their answers
 * @param defenceRequests lawyers' requests to be admitted
 * @param severedFrom the number of the case this one was severed from, or null
 * @param severed the numbers of the cases severed from this one
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
    List<String> kindsAllowed,
    List<MotionLine> motions,
    List<DefenceRequestLine> defenceRequests,
    List<UpheldComplaint> upheldComplaints,
    String severedFrom,
    List<String> severed) {

  /** A complaint against the police in this case that a prosecutor upheld. */
  public record UpheldComplaint(
      String number, UUID documentId, String reasons, String decidedBy, Instant decidedAt) {}

  /**
   * A motion of the defence and its answer, if any: the decision answering it, whether it granted
   * the motion, and its reasons.
   */
  public record MotionLine(
      UUID id,
      String filedBy,
      Instant filedAt,
      String text,
      Instant deadline,
      UUID answeredBy,
      Boolean granted,
      String reasons) {}

  /** A lawyer's request to be admitted, as the investigator sees it. */
  public record DefenceRequestLine(
      UUID id,
      String lawyer,
      String lawyerIin,
      String clientIin,
      String warrant,
      Instant filedAt) {}

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
      List<Media> media,
      Instant appearAt,
      String place,
      String smsStatus,
      String otherCase) {}

  /** A media file of a protocol. */
  public record Media(String name, String sha256, String mediaType) {}
}
