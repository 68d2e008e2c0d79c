/**
 * Notifications: messages to citizens through a transactional outbox. A module enqueues an SMS
 * notice to a person (by IIN) in its own transaction ({@link kz.ecase.notifications.SmsOutbox}), so
 * the notice exists exactly when the business change committed; a dispatcher reads the person's
 * phone from the population register (a recorded system look-up), sends due messages through the
 * SMS gateway, claiming them with {@code FOR UPDATE SKIP LOCKED} (safe with several instances),
 * retries with exponential backoff until the gateway accepts or the attempts run out, and polls the
 * gateway's delivery reports. Claims and back-off are the procedure kernel's outbox engine. Staff
 * alerts go to the recipients' phones too (their accounts' numbers).
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {"identity", "kernel", "persons", "platform", "procedure"})
package kz.ecase.notifications;

import org.springframework.modulith.ApplicationModule;
