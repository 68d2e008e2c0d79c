package kz.ecase.cases;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import kz.ecase.cases.CaseRecords.Loaded;
import kz.ecase.cases.persistence.CaseDocumentStore.CaseDocument;
import kz.ecase.cases.persistence.ParticipantStore;
import kz.ecase.cases.persistence.ParticipantStore.StoredParticipant;
import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;
import kz.ecase.notifications.SmsNotice;
import kz.ecase.notifications.SmsOutbox;
import kz.ecase.procedure.ProcedureCalendar;
import org.springframework.stereotype.Component;

/**
 * Summonses by SMS: a signed summons queues, in its own transaction, an SMS to the participant's
 * phone (looked up in the population register when it is sent, like every notice), saying when and
 * where to appear, before whom, in which case; its delivery is read back into the case.
 */
@Component
class Summonses {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final SmsOutbox sms;
  private final ParticipantStore participants;
  private final ProcedureCalendar calendar;
  private final kz.ecase.identity.Directory directory;

  Summonses(
      SmsOutbox sms,
      ParticipantStore participants,
      ProcedureCalendar calendar,
      kz.ecase.identity.Directory directory) {
    this.directory = directory;
    this.sms = sms;
    this.participants = participants;
    this.calendar = calendar;
  }

  void send(Loaded c, CaseDocument summons) {
    StoredParticipant person =
        participants.of(c.stored().id()).stream()
            .filter(p -> p.id().equals(summons.participantId()))
            .findFirst()
            .orElseThrow();
    String text =
        "ecase: повестка. Вы вызываетесь к следователю "
            + directory.accounts().stream()
                .filter(a -> a.username().equals(summons.author()))
                .map(a -> a.displayName())
                .findFirst()
                .orElse(summons.author())
            + " "
            + WHEN.format(summons.appearAt().atZone(calendar.zone()))
            + ", "
            + summons.place()
            + ", по уголовному делу № "
            + c.stored().erdrNumber()
            + ". Повестка — в личном кабинете ecase.";
    sms.enqueue(
        new SmsNotice(
            Iin.of(person.iin()),
            UnitCode.of(c.stored().unit()),
            "summons in case " + c.stored().erdrNumber(),
            text.length() > SmsOutbox.MAX_TEXT ? text.substring(0, SmsOutbox.MAX_TEXT) : text,
            reference(summons)));
  }

  /** What became of the summons' SMS. */
  Optional<SmsOutbox.Delivery> delivery(CaseDocument summons) {
    return sms.deliveryOf(reference(summons));
  }

  private static String reference(CaseDocument summons) {
    return "case-summons-" + summons.id();
  }
}
