package kz.ecase.notifications;

import java.util.List;
import kz.ecase.identity.Directory;
import kz.ecase.procedure.StaffAlert;
import kz.ecase.procedure.StaffAlertRaised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes a staff alert on by SMS to every recipient whose account has a mobile phone, in the
 * transaction that raised the alert: the SMS exists exactly when the alert does, and goes out once
 * per recipient (the client reference is the alert's id and the phone).
 */
@Component
class StaffAlertSms {

  private final Directory directory;
  private final SmsOutbox outbox;

  StaffAlertSms(Directory directory, SmsOutbox outbox) {
    this.directory = directory;
    this.outbox = outbox;
  }

  @EventListener
  void on(StaffAlertRaised raised) {
    StaffAlert alert = raised.alert();
    List<String> phones =
        directory.phonesOf(alert.recipientUser(), alert.recipientRole(), alert.unit());
    for (String phone : phones) {
      if (SmsOutbox.PHONE.matcher(phone).matches()) {
        outbox.enqueueToPhone(
            phone, "ecase: " + alert.text(), "alert-" + alert.id() + "-" + phone.substring(1));
      }
    }
  }
}
