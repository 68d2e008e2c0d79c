package kz.ecase.offences;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS reminders of payment deadlines.
 *
 * @param enabled whether this instance runs the reminder job (ECASE_REMINDERS); any number of
 *     instances may: each reminder is enqueued once
 * @param interval how often the job looks for due reminders
 * @param discountDaysBefore remind this many days before the discounted payment ends (and each day
 *     up to it, until sent once)
 * @param paymentDaysBefore remind this many days before the voluntary payment ends
 */
@ConfigurationProperties("ecase.offences.reminders")
record ReminderProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("15m") Duration interval,
    @DefaultValue("2") int discountDaysBefore,
    @DefaultValue("5") int paymentDaysBefore) {}
