-- The SMS outbox: messages enqueued in the business transaction, sent by the dispatcher.
create table sms_outbox (
    id              uuid        primary key,
    created_at      timestamptz not null,
    recipient       text        not null,
    text            text        not null,
    client_ref      text        not null unique,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    gateway_id      text,
    sent_at         timestamptz
);

create index sms_outbox_due on sms_outbox (next_attempt_at) where status = 'PENDING';

grant select, insert, update on sms_outbox to ${app_role};
