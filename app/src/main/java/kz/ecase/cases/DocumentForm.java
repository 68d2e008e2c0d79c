package kz.ecase.cases;

import java.util.List;

/**
 * A procedural document as its author fills it in.
 *
 * @param kind one of {@link kz.ecase.cases.domain.DocumentKind}
 * @param participantId the participant it concerns (interrogation, recognition, qualification)
 * @param article the Criminal Code article and part, e.g. {@code 188-1} (qualification)
 * @param form the form of investigation (change of form)
 * @param period an extension, as an ISO-8601 period, e.g. {@code P1M} or {@code P10D}
 * @param text what the author established (a decision) or recorded (a protocol)
 * @param admits a suspect's interrogation: whether they admitted the offence
 * @param media files the protocol carries, uploaded before ({@code POST /api/cases/{id}/media})
 * @param replaces the document this version corrects
 * @param answers the motion of the defence a MOTION_DECISION answers
 * @param granted whether that motion is granted
 * @param appearAt a summons: when to appear (an instant, or a local date-time in ECASE_TIME_ZONE)
 * @param place a summons: where to appear
 * @param otherCase a joinder: the ERDR number of the case joined into this one
 * @param pin the author's signing PIN
 */
public record DocumentForm(
    String kind,
    String participantId,
    String article,
    String form,
    String period,
    String text,
    Boolean admits,
    List<MediaRef> media,
    String replaces,
    String answers,
    Boolean granted,
    String appearAt,
    String place,
    String otherCase,
    String pin) {

  /** A media file by its SHA-256 (from the upload) and the name it goes by in the protocol. */
  public record MediaRef(String name, String sha256) {}
}
