-- Enforcement (AIS BEP). A decision in force and unpaid after the voluntary term is sent once: the
-- SEND_TO_ENFORCEMENT event and its row in enforcement_outbox are written in one transaction; a
-- dispatcher claims due rows (FOR UPDATE SKIP LOCKED, leasing them while it sends) and retries with
-- backoff until AIS BEP acknowledges. What AIS BEP answered (acknowledged, executed, returned) is
-- recorded once each in enforcement_facts, insert-only, with its ledger entry.

-- The outbox: one row per protocol sent. Only its delivery bookkeeping changes (attempts, the
-- next attempt, the last error); next_attempt_at is null once AIS BEP acknowledged.
create table enforcement_outbox (
    protocol_id      uuid        primary key references offence_protocols (id),
    reference        text        not null unique,
    unit             varchar(6)  not null,
    sent_at          timestamptz not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_error       text
);
create index enforcement_outbox_due on enforcement_outbox (next_attempt_at)
    where next_attempt_at is not null;
create index enforcement_outbox_by_unit on enforcement_outbox (unit, sent_at desc);
grant select, insert, update on enforcement_outbox to ${app_role};

create table enforcement_facts (
    protocol_id    uuid          not null references enforcement_outbox (protocol_id),
    kind           text          not null check (kind in ('ACKNOWLEDGED', 'EXECUTED', 'RETURNED')),
    at             timestamptz   not null,
    case_number    text          not null,
    collected_kzt  numeric(14,2),
    reason         text,
    receipt        bigint        not null,
    primary key (protocol_id, kind)
);

create trigger enforcement_facts_append_only before update or delete on enforcement_facts
    for each row execute function ecase_refuse_change();
create trigger enforcement_facts_no_truncate before truncate on enforcement_facts
    for each statement execute function ecase_refuse_change();

grant select, insert on enforcement_facts to ${app_role};
