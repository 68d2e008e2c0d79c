/**
 * Notifications: messages to citizens through a transactional outbox. A module enqueues an SMS in
 * its own transaction ({@link kz.ecase.notifications.SmsOutbox}), so the message exists exactly
 * when the business change committed; a dispatcher sends due messages through the SMS gateway,
 * claiming them with {@code FOR UPDATE SKIP LOCKED} (safe with several instances), and retries with
 * exponential backoff until the gateway accepts or the attempts run out.
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {"platform"})
package kz.ecase.notifications;

import org.springframework.modulith.ApplicationModule;
