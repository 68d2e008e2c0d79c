-- The way of criminal cases to court. An approved indictment or order-procedure protocol writes
-- its row in court_referrals in the transaction of the SEND_TO_COURT step; dispatchers claim due
-- rows (FOR UPDATE SKIP LOCKED, leasing them while they work), seal the case file once (its
-- manifest stored by hash and named in a cases.CourtFileSealed ledger entry), then build the file
-- and send it, retrying with back-off until the court accepts it. What the court answered
-- (received, returned, decided) is recorded once each in court_facts, insert-only, in the
-- transaction of its step.

-- The court outbox: one row per sending. Besides the seal (set once: the manifest and the receipt
-- of its ledger entry) only its delivery bookkeeping changes (attempts, the next attempt, the last
-- error); next_attempt_at is null once the court accepted the file.
create table court_referrals (
    reference        varchar(64) primary key,
    case_id          uuid        not null references criminal_cases (id),
    unit             varchar(6)  not null,
    seq              integer     not null,
    sent_by          uuid        not null references criminal_case_documents (id),
    manifest_sha256  char(64),
    seal_receipt     bigint,
    sent_at          timestamptz not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_error       text,
    unique (case_id, seq)
);
create index court_referrals_due on court_referrals (next_attempt_at)
    where next_attempt_at is not null;
create index court_referrals_by_case on court_referrals (case_id, sent_at desc);
grant select, insert, update on court_referrals to ${app_role};

-- What the court answered, once per sending and kind. court_case: the court's number; at: when
-- ecase recorded it, court_at: the court's time of the change; file_sha256: the court file sent
-- (RECEIVED, stored in documents); detail: the reason (RETURNED) or the decision's kind (DECIDED).
create table court_facts (
    reference    varchar(64)   not null references court_referrals (reference),
    kind         varchar(10)   not null check (kind in ('RECEIVED', 'RETURNED', 'DECIDED')),
    case_id      uuid          not null references criminal_cases (id),
    at           timestamptz   not null,
    court_case   varchar(64)   not null,
    court_at     timestamptz,
    file_sha256  char(64),
    detail       varchar(20000),
    receipt      bigint        not null,
    primary key (reference, kind)
);
create index court_facts_by_case on court_facts (case_id, at desc);

create trigger court_facts_append_only before update or delete on court_facts
    for each row execute function ecase_refuse_change();
create trigger court_facts_no_truncate before truncate on court_facts
    for each statement execute function ecase_refuse_change();

grant select, insert on court_facts to ${app_role};

-- How far ecase has read the court's changes (the court's own clock): one row, moved forward only.
create table court_poll_cursor (
    id            smallint    primary key check (id = 1),
    changed_since timestamptz not null
);
insert into court_poll_cursor (id, changed_since) values (1, '1970-01-01T00:00:00Z');
grant select, update on court_poll_cursor to ${app_role};
