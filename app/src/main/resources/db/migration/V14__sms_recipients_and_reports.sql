-- SMS outbox messages name their recipient by IIN and the unit that owns the record they are
-- about; the dispatcher reads the phone from the population register when it sends (a recorded
-- system look-up, docs/notifications.md), so no registry is asked inside a business transaction.
-- After the gateway accepted a message, its delivery report is polled: SENT -> DELIVERED or
-- UNDELIVERED. NO_PHONE: the register has no mobile phone for the person.
alter table sms_outbox alter column recipient drop not null;
alter table sms_outbox add column recipient_iin char(12);
alter table sms_outbox add column unit varchar(6);
alter table sms_outbox add column purpose text;
alter table sms_outbox add column report_checks integer not null default 0;
alter table sms_outbox add column reported_at timestamptz;
alter table sms_outbox add constraint sms_outbox_has_recipient
    check (recipient is not null or (recipient_iin is not null and unit is not null and purpose is not null));
alter table sms_outbox drop constraint sms_outbox_status_check;
alter table sms_outbox add constraint sms_outbox_status_check
    check (status in ('PENDING', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'NO_PHONE'));
create index sms_outbox_reports_due on sms_outbox (next_attempt_at) where status = 'SENT';
