-- Procedure kernel. Migrations of a module live in db/migration/<module>/ and are versioned by the
-- moment they were written (V<yyyy>_<mm>_<dd>_<hhmm>__<module>_<what>.sql), so a module adds one
-- without renumbering another's.

-- Gap-free numbers of every register (protocols, ERDR) per unit and year.
create table procedure_register_counters (
    register   varchar(40) not null,
    unit       varchar(6)  not null,
    year       int         not null,
    last_value bigint      not null check (last_value > 0),
    primary key (register, unit, year)
);
insert into procedure_register_counters (register, unit, year, last_value)
select 'offences.protocol', unit, year, last_value from offence_protocol_counters;
drop table offence_protocol_counters;
grant select, insert, update on procedure_register_counters to ${app_role};

-- Staff alerts: facts, kept. Addressed to one user, or to a role in a unit (every user of that role
-- whose unit is the alert's unit or contains it). Raised once per dedupe key.
create table staff_alerts (
    id             uuid          primary key,
    raised_at      timestamptz   not null,
    unit           varchar(6)    not null,
    recipient_user varchar(64),
    recipient_role varchar(32),
    kind           varchar(60)   not null,
    text           varchar(1000) not null,
    link           varchar(300),
    dedupe_key     varchar(200)  not null unique,
    check ((recipient_user is null) <> (recipient_role is null))
);
create index staff_alerts_by_user on staff_alerts (recipient_user, raised_at desc)
    where recipient_user is not null;
create index staff_alerts_by_role on staff_alerts (recipient_role, unit, raised_at desc)
    where recipient_role is not null;
grant select, insert on staff_alerts to ${app_role};

-- Who marked an alert read, and when (a read mark is a fact too: insert-only).
create table staff_alert_reads (
    alert_id uuid        not null references staff_alerts (id),
    username varchar(64) not null,
    read_at  timestamptz not null,
    primary key (alert_id, username)
);
grant select, insert on staff_alert_reads to ${app_role};
