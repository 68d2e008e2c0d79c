package kz.ecase.cases;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.domain.DocumentAddressees;
import kz.ecase.cases.domain.DocumentKind;
import kz.ecase.cases.domain.ParticipantRole;
import kz.ecase.cases.domain.ProceedingsLanguage;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.identity.Directory;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Documents sent to the people they concern ({@link DocumentAddressees}): as a document takes
 * effect, an SMS through the outbox (in the act's transaction) to each addressee's phone, looked up
 * in the population register when it is sent like every notice, in the language of the proceedings,
 * with the link to their cases on the portal, where the document waits. A summons says when and
 * where to appear and before whom. Delivery is read back into the case.
 */
@Component
class PersonNotices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** The portal page of the person's cases, linked from every notice. */
  static final String PORTAL_PAGE = "/cases/my-cases";

  private final SmsOutbox sms;
  private final ParticipantStore participants;
  private final ProcedureCalendar calendar;
  private final Directory directory;
  private final CaseWording wording;
  private final String publicUrl;

  PersonNotices(
      SmsOutbox sms,
      ParticipantStore participants,
      ProcedureCalendar calendar,
      Directory directory,
      CaseWording wording,
      @Value("${ecase.cases.public-url:http://localhost:8080}") String publicUrl) {
    this.sms = sms;
    this.participants = participants;
    this.calendar = calendar;
    this.directory = directory;
    this.wording = wording;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** Tells each person the document is for that it waits for them on the portal. */
  void send(Loaded c, CaseDocument document) {
    DocumentKind kind = DocumentKind.valueOf(document.kind());
    if (!DocumentAddressees.announced(kind)) {
      return;
    }
    Locale locale = ProceedingsLanguage.valueOf(c.settings().language()).locale();
    for (StoredParticipant person : participants.of(c.stored().id())) {
      if (DocumentAddressees.isFor(
          kind, document.participantId(), person.id(), ParticipantRole.valueOf(person.role()))) {
        String text = text(c, document, kind, locale);
        sms.enqueue(
            new SmsNotice(
                Iin.of(person.iin()),
                UnitCode.of(c.stored().unit()),
                kind.name().toLowerCase(Locale.ROOT) + " in case " + c.stored().erdrNumber(),
                text.length() > SmsOutbox.MAX_TEXT ? text.substring(0, SmsOutbox.MAX_TEXT) : text,
                reference(document, person.id())));
      }
    }
  }

  /** What became of the SMS that told the participant of the document. */
  Optional<SmsOutbox.Delivery> delivery(CaseDocument document, UUID participant) {
    return participant == null
        ? Optional.empty()
        : sms.deliveryOf(reference(document, participant));
  }

  private String text(Loaded c, CaseDocument document, DocumentKind kind, Locale locale) {
    String link = publicUrl + PORTAL_PAGE;
    if (kind == DocumentKind.SUMMONS) {
      return wording.say(
          locale,
          "sms.summons",
          directory.nameOf(document.author()),
          WHEN.format(document.appearAt().atZone(calendar.zone())),
          document.place(),
          c.stored().erdrNumber(),
          link);
    }
    return wording.say(
        locale,
        "sms.document",
        c.stored().erdrNumber(),
        wording.say(locale, "kind." + kind.name()),
        link);
  }

  private static String reference(CaseDocument document, UUID participant) {
    return DocumentKind.SUMMONS.name().equals(document.kind())
        ? "case-summons-" + document.id()
        : "case-document-" + document.id() + "-" + participant;
  }
}
