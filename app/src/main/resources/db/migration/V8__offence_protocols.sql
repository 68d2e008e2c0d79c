-- SRAP protocols. A registered protocol never changes: its status is that of its latest event, and
-- both tables are append-only (the application may only select and insert; triggers refuse UPDATE,
-- DELETE and TRUNCATE even for the owner). Each protocol has its ledger entry (same transaction).

-- The last protocol number given per unit and year: incremented in the registering transaction, so
-- numbers have no gaps (a rolled-back registration gives its number back). Not a registered fact.
create table offence_protocol_counters (
    unit        varchar(6) not null,
    year        integer    not null,
    last_value  bigint     not null,
    primary key (unit, year)
);
grant select, insert, update on offence_protocol_counters to ${app_role};

create table offence_protocols (
    id                 uuid          primary key,
    number             char(14)      not null unique,
    unit               varchar(6)    not null,
    officer            text          not null,
    offender_iin       char(12)      not null,
    article_code       text          not null,
    catalogue_version  integer       not null,
    offence_time       timestamptz   not null,
    place              text          not null,
    plate              text,
    description        text,
    fine_mci           integer       not null,
    fine_kzt           numeric(14,2) not null,
    discount_deadline  date,
    payment_reference  char(15)      not null unique,
    created_at         timestamptz   not null,
    idempotency_key    text          not null,
    document_sha256    char(64)      not null,
    signature_sha256   char(64)      not null,
    receipt            bigint        not null,
    unique (officer, idempotency_key)
);
create index offence_protocols_by_unit on offence_protocols (unit, created_at desc);
create index offence_protocols_by_person on offence_protocols (offender_iin, created_at desc);

create table offence_protocol_events (
    protocol_id  uuid        not null references offence_protocols (id),
    seq          integer     not null,
    type         text        not null,
    from_status  text        not null,
    to_status    text        not null,
    at           timestamptz not null,
    actor        text        not null,
    reasons      text        not null,
    receipt      bigint      not null,
    primary key (protocol_id, seq)
);

create trigger offence_protocols_append_only before update or delete on offence_protocols
    for each row execute function ecase_refuse_change();
create trigger offence_protocols_no_truncate before truncate on offence_protocols
    for each statement execute function ecase_refuse_change();
create trigger offence_protocol_events_append_only before update or delete on offence_protocol_events
    for each row execute function ecase_refuse_change();
create trigger offence_protocol_events_no_truncate before truncate on offence_protocol_events
    for each statement execute function ecase_refuse_change();

grant select, insert on offence_protocols, offence_protocol_events to ${app_role};
