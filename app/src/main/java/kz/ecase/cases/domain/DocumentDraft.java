package kz.ecase.cases.domain;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import kz.ecase.investigations.domain.CriminalArticle;
import kz.ecase.investigations.domain.InvestigationForm;

/**
 * A procedural document as its author drew it up, before it is rendered and signed.
 *
 * @param article the qualification it names (already looked up in the catalogue), or null
 * @param admits for a suspect's interrogation: whether they admitted the offence
 * @param media the SHA-256 of files it carries (stored before), by name
 * @param replaces the earlier version this one corrects, or null
 * @param answers the motion a decision on a motion answers, or null
 * @param granted whether that motion is granted
 * @param appearAt a summons: when to appear
 * @param place a summons: where to appear
 * @param otherCase a joinder: the ERDR number of the case joined into this one
 */
public record DocumentDraft(
    DocumentKind kind,
    UUID participantId,
    CriminalArticle article,
    InvestigationForm form,
    Period period,
    String text,
    boolean admits,
    List<Media> media,
    UUID replaces,
    UUID answers,
    Boolean granted,
    Instant appearAt,
    String place,
    String otherCase) {

  /** A file a protocol carries: audio, video or a photo. */
  public record Media(String name, String sha256, String mediaType) {}

  public DocumentDraft {
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** A draft that answers no motion. */
  public DocumentDraft(
      DocumentKind kind,
      UUID participantId,
      CriminalArticle article,
      InvestigationForm form,
      Period period,
      String text,
      boolean admits,
      List<Media> media,
      UUID replaces) {
    this(
        kind,
        participantId,
        article,
        form,
        period,
        text,
        admits,
        media,
        replaces,
        null,
        null,
        null,
        null,
        null);
  }
}
