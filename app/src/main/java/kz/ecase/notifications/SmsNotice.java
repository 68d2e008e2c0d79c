package kz.ecase.notifications;

import kz.ecase.kernel.Iin;
import kz.ecase.kernel.UnitCode;

/**
 * An SMS to a person, to the mobile phone the population register has for them: the phone a look-up
 * made for the same record has just read ({@code phone}), or else the one the register gives when
 * the notice is sent.
 *
 * @param recipient the person's IIN
 * @param unit the unit that owns the record the notice is about (the phone look-up is its)
 * @param purpose why the phone is read, as the person sees it in their look-up history, e.g. {@code
 *     SMS notice of protocol 710001…}
 * @param text what the SMS says, 1 to {@value SmsOutbox#MAX_TEXT} characters
 * @param clientRef the notice's unique key: the same key is enqueued once (e.g. {@code
 *     protocol-<number>-reminder-discount})
 * @param phone the person's mobile phone as a recorded look-up for this record read it moments
 *     before (the officer's look-up for the protocol's draft), or null: the dispatcher then asks
 *     the population register when it sends (a recorded look-up of its own). A phone that is not a
 *     Kazakhstan mobile number counts as none.
 */
public record SmsNotice(
    Iin recipient, UnitCode unit, String purpose, String text, String clientRef, String phone) {

  public static final int MAX_PURPOSE = 200;
  public static final int MAX_CLIENT_REF = 100;

  public SmsNotice {
    if (recipient == null || unit == null) {
      throw new IllegalArgumentException("An SMS notice needs its recipient and unit");
    }
    if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
      throw new IllegalArgumentException("An SMS notice needs a purpose of 1 to 200 characters");
    }
    if (text == null || text.isBlank() || text.length() > SmsOutbox.MAX_TEXT) {
      throw new IllegalArgumentException("An SMS has 1 to " + SmsOutbox.MAX_TEXT + " characters");
    }
    if (clientRef == null || clientRef.isBlank() || clientRef.length() > MAX_CLIENT_REF) {
      throw new IllegalArgumentException("An SMS needs a client reference of 1 to 100 characters");
    }
    if (phone != null && !SmsOutbox.PHONE.matcher(phone).matches()) {
      phone = null;
    }
  }

  /** A notice whose phone the dispatcher asks the population register for when it sends. */
  public SmsNotice(Iin recipient, UnitCode unit, String purpose, String text, String clientRef) {
    this(recipient, unit, purpose, text, clientRef, null);
  }
}
